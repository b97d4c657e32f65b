package org.comptoir.base;

import java.util.OptionalDouble;

/**
 * How far a job in the background is: written by the job's thread, read by the screen that shows it. A job
 * that cannot count its work leaves the total at 0, and the screen shows that it runs, not how far.
 */
public final class Progress {

    private volatile long done;
    private volatile long total;

    /** How much work there is, in whatever the job counts (lines of a file, rows). */
    public void total(long total) {
        this.total = Math.max(0, total);
    }

    /** How much of it is done. */
    public void done(long done) {
        this.done = Math.max(0, done);
    }

    /** The share done, from 0 to 1, when the job said how much work there is. */
    public OptionalDouble fraction() {
        var all = total;
        return all == 0 ? OptionalDouble.empty() : OptionalDouble.of(Math.min(1.0, (double) done / all));
    }
}
