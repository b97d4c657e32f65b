package org.comptoir.base;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * When an in-memory snapshot compares its version with the database's (decision 0028): at most once per interval,
 * by one caller at a time; the others go on with the snapshot meanwhile.
 */
public final class Recheck {

    private final long intervalNanos;
    /** The last check, or the snapshot's reading (a {@link System#nanoTime()}). */
    private final AtomicLong checkedAt = new AtomicLong(System.nanoTime());

    public Recheck(Duration interval) {
        this.intervalNanos = interval.toNanos();
    }

    /** Whether the interval has passed since the last check: true for the one caller that is to check now. */
    public boolean due() {
        var checked = checkedAt.get();
        var now = System.nanoTime();
        return now - checked >= intervalNanos && checkedAt.compareAndSet(checked, now);
    }
}
