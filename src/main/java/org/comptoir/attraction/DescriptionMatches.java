package org.comptoir.attraction;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The attractions the descriptions' round of recent searches found (at most {@link
 * AttractionService.Round#MOST_DESCRIPTIONS} each), kept a few seconds: a keystroke asks for the
 * list's count and then its first page, scrolling for the next pages, and all of them read the same
 * matches. The full-text query runs once for them instead of once each (decision 0023). A change to
 * the attractions here forgets them all; another instance's change shows here after {@link #KEPT} at most.
 */
@Component
class DescriptionMatches {

    static final Duration KEPT = Duration.ofSeconds(10);
    private static final int MOST_KEPT = 64;

    private final Clock clock;
    private final Map<AttractionFilter, Kept> kept = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<AttractionFilter, Kept> eldest) {
            return size() > MOST_KEPT;
        }
    };

    DescriptionMatches(Clock clock) {
        this.clock = clock;
    }

    /** The ids the filter's descriptions' round finds, read by {@code query} when not kept or too old. */
    List<Long> of(AttractionFilter filter, Supplier<List<Long>> query) {
        var now = clock.instant();
        synchronized (kept) {
            var found = kept.get(filter);
            if (found != null && found.until().isAfter(now)) {
                return found.ids();
            }
        }
        var ids = List.copyOf(query.get());
        synchronized (kept) {
            kept.put(filter, new Kept(ids, now.plus(KEPT)));
        }
        return ids;
    }

    /** An attraction was created, changed, retired or imported: every kept match may be wrong. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void forget(AttractionsChanged changed) {
        synchronized (kept) {
            kept.clear();
        }
    }

    private record Kept(List<Long> ids, Instant until) {}
}
