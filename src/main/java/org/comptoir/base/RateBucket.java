package org.comptoir.base;

/**
 * A token bucket of so many a minute: up to the limit at once, then refilled evenly over the minute. The time is
 * given in milliseconds by the caller (from the Clock bean). Thread-safe.
 */
public final class RateBucket {

    private static final double MILLIS_PER_MINUTE = 60_000.0;

    private double tokens;
    private long at;

    /** A full bucket at {@code now}. */
    public RateBucket(int perMinute, long now) {
        this.tokens = perMinute;
        this.at = now;
    }

    /** Takes one: 0 when taken, otherwise the milliseconds until one may be. */
    public synchronized long take(int perMinute, long now) {
        refill(perMinute, now);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - tokens) / (perMinute / MILLIS_PER_MINUTE)));
    }

    /** Whether nothing was taken for long enough that it is full again: then it can be forgotten. */
    public synchronized boolean fullAt(int perMinute, long now) {
        refill(perMinute, now);
        return tokens >= perMinute;
    }

    private void refill(int perMinute, long now) {
        tokens = Math.min(perMinute, tokens + Math.max(0, now - at) * (perMinute / MILLIS_PER_MINUTE));
        at = now;
    }
}
