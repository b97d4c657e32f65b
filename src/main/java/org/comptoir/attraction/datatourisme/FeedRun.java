package org.comptoir.attraction.datatourisme;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One run of the feed: when, what it did, or why it stopped having written nothing ({@code errorKey},
 * a translation key, and its arguments).
 *
 * @param rejectedLines the rejected points, one a line, in the office's language
 */
public record FeedRun(
        long id,
        Instant startedAt,
        @Nullable Instant finishedAt,
        Status status,
        @Nullable String errorKey,
        @Nullable String errorArgs,
        long bytes,
        int created,
        int updated,
        int unchanged,
        int rejected,
        int linked,
        int toReview,
        int retired,
        @Nullable String rejectedLines) {

    /** Labels: {@code feed.status.<VALUE>}. */
    public enum Status {
        RUNNING,
        DONE,
        FAILED,
        /** Another instance (or call) was running the feed: this one did nothing. */
        ALREADY_RUNNING
    }

    /** Between the arguments of {@code errorArgs}. */
    static final String SEPARATOR = "\u001f";

    /** The arguments of the error, for its translation. */
    public Object[] errorArguments() {
        return errorArgs == null || errorArgs.isEmpty() ? new Object[0] : errorArgs.split(SEPARATOR);
    }

    static FeedRun alreadyRunning(Instant now) {
        return new FeedRun(0, now, now, Status.ALREADY_RUNNING, null, null, 0, 0, 0, 0, 0, 0, 0, 0, null);
    }
}
