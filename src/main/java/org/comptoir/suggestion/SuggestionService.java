package org.comptoir.suggestion;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.comptoir.attraction.AttractionDetails;
import org.comptoir.attraction.AttractionService;
import org.comptoir.attraction.AttractionsChanged;
import org.comptoir.reference.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Suggestions for a visitor, ranked from an in-memory snapshot of the active attractions: no database
 * round trip per keystroke. The snapshot is read again after attractions change.
 */
@Service
public class SuggestionService {

    private final AttractionService attractions;
    private final AtomicReference<@Nullable List<AttractionDetails>> snapshot = new AtomicReference<>();

    SuggestionService(AttractionService attractions) {
        this.attractions = attractions;
    }

    /** The best {@code limit} suggestions for this visitor, with their reasons. */
    @PreAuthorize("isAuthenticated()")
    public List<Suggestion> suggest(VisitorProfile profile, int limit) {
        return SuggestionEngine.rank(profile, active(), limit);
    }

    /** The same, among the attractions whose name, commune or labels contain the typed words. */
    @PreAuthorize("isAuthenticated()")
    public List<Suggestion> suggest(VisitorProfile profile, String text, int limit) {
        var words = Text.fold(text).split(" ");
        var matching = active().stream().filter(a -> {
            var haystack = Text.fold(a.nameFr() + " " + a.nameEn() + " " + (a.commune() == null ? "" : a.commune()));
            for (var word : words) {
                if (!haystack.contains(word)) {
                    return false;
                }
            }
            return true;
        }).toList();
        return SuggestionEngine.rank(profile, matching, limit);
    }

    /** Picked attractions, by id, in the order given (retired ones included: they were picked). */
    @PreAuthorize("isAuthenticated()")
    public List<AttractionDetails> picked(List<Long> ids) {
        return ids.stream().map(attractions::find).flatMap(java.util.Optional::stream).toList();
    }

    private List<AttractionDetails> active() {
        var current = snapshot.get();
        if (current == null) {
            current = attractions.active();
            snapshot.set(current);
        }
        return current;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onAttractionsChanged(AttractionsChanged event) {
        snapshot.set(null);
    }
}
