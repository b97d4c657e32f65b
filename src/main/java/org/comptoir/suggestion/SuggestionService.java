package org.comptoir.suggestion;

import static org.comptoir.security.AppRoles.SIGNED_IN;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.comptoir.attraction.AttractionDetails;
import org.comptoir.attraction.AttractionService;
import org.comptoir.attraction.AttractionVersion;
import org.comptoir.attraction.AttractionsChanged;
import org.comptoir.base.Recheck;
import org.comptoir.reference.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Suggestions for a visitor, ranked from an in-memory snapshot of the active attractions: no database
 * round trip per keystroke. The snapshot is read again after attractions change: at once on this instance, and
 * within {@link #RECHECK} on the others of a cluster, which compare the snapshot's {@link AttractionVersion} with
 * the database's (one read by primary key, at most once per {@link #RECHECK}).
 */
@Service
public class SuggestionService {

    static final Duration RECHECK = Duration.ofSeconds(1);

    private final AttractionService attractions;
    private final AttractionVersion version;
    private final AtomicReference<@Nullable Snapshot> snapshot = new AtomicReference<>();

    /**
     * The active attractions, in a list for ranking and by id for naming picks, as of {@code version}, compared
     * with the database's when {@code recheck} is due.
     */
    private record Snapshot(
            List<AttractionDetails> list, Map<Long, AttractionDetails> byId, long version, Recheck recheck) {}

    SuggestionService(AttractionService attractions, AttractionVersion version) {
        this.attractions = attractions;
        this.version = version;
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
        if (current != null && !stale(current)) {
            return current;
        }
        // the version first: a change committed between the two reads makes the next check read again
        var now = version.current();
        var list = attractions.active();
        var fresh = new Snapshot(
                list,
                list.stream().collect(Collectors.toUnmodifiableMap(AttractionDetails::id, Function.identity())),
                now,
                new Recheck(RECHECK));
        snapshot.set(fresh);
        return fresh;
    }

    /** Whether another instance changed the attractions since the snapshot: asks the database once per RECHECK. */
    private boolean stale(Snapshot current) {
        return current.recheck().due() && version.current() != current.version();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onAttractionsChanged(AttractionsChanged event) {
        snapshot.set(null);
    }
}
