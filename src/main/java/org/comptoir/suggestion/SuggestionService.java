package org.comptoir.suggestion;

import static org.comptoir.security.AppRoles.SIGNED_IN;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
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
    private final AtomicReference<@Nullable Snapshot> snapshot = new AtomicReference<>();

    /** The active attractions, in a list for ranking and by id for naming picks. */
    private record Snapshot(List<AttractionDetails> list, Map<Long, AttractionDetails> byId) {}

    SuggestionService(AttractionService attractions) {
        this.attractions = attractions;
    }

    /** The best {@code limit} suggestions for this visitor, with their reasons. */
    @PreAuthorize(SIGNED_IN)
    public List<Suggestion> suggest(VisitorProfile profile, int limit) {
        return SuggestionEngine.rank(profile, active(), limit);
    }

    /**
     * The same, among the attractions whose name or commune contain the typed words; those closed on the
     * visitor's day come after the open ones, marked closed, since the visitor asked for them by name.
     */
    @PreAuthorize(SIGNED_IN)
    public List<Suggestion> suggest(VisitorProfile profile, String text, int limit) {
        var words = Text.fold(text).split(" ");
        var matching = active().stream()
                .filter(a -> {
                    var haystack =
                            Text.fold(a.nameFr() + " " + a.nameEn() + " " + (a.commune() == null ? "" : a.commune()));
                    for (var word : words) {
                        if (!haystack.contains(word)) {
                            return false;
                        }
                    }
                    return true;
                })
                .toList();
        return SuggestionEngine.rankWithClosed(profile, matching, limit);
    }

    /** How many places {@link #suggest(VisitorProfile, int)} leaves out only because they are closed that day. */
    @PreAuthorize(SIGNED_IN)
    public int closedCount(VisitorProfile profile) {
        return SuggestionEngine.closedCount(profile, active());
    }

    /**
     * Picked attractions, by id, in the order given, from the snapshot (today's list names the picks of
     * every row: no query per row); a pick retired since is read from the database.
     */
    @PreAuthorize(SIGNED_IN)
    public List<AttractionDetails> picked(List<Long> ids) {
        var byId = current().byId();
        return ids.stream()
                .map(id -> byId.containsKey(id) ? Optional.of(byId.get(id)) : attractions.find(id))
                .flatMap(Optional::stream)
                .toList();
    }

    private List<AttractionDetails> active() {
        return current().list();
    }

    private Snapshot current() {
        var current = snapshot.get();
        if (current == null) {
            var list = attractions.active();
            current = new Snapshot(
                    list,
                    list.stream().collect(Collectors.toUnmodifiableMap(AttractionDetails::id, Function.identity())));
            snapshot.set(current);
        }
        return current;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onAttractionsChanged(AttractionsChanged event) {
        snapshot.set(null);
    }
}
