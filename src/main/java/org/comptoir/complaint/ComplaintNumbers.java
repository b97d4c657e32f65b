package org.comptoir.complaint;

import org.jspecify.annotations.Nullable;

/**
 * The figures of a set of complaints and suggestions, as exact counts: the share answered in time is computed
 * from them, so that several sets add up exactly ({@link #plus}).
 *
 * @param received         complaints and suggestions received
 * @param answered         of those, answered (or answered then closed)
 * @param answeredInTime   of those answered, on or before their due date
 * @param late             received, awaiting their answer, and past their due date: they count against the share in
 *                         time (one closed unanswered, with nobody to answer, counts neither way)
 */
public record ComplaintNumbers(long received, long answered, long answeredInTime, long late) {

    public static final ComplaintNumbers NONE = new ComplaintNumbers(0, 0, 0, 0);

    public ComplaintNumbers plus(ComplaintNumbers other) {
        return new ComplaintNumbers(
                received + other.received,
                answered + other.answered,
                answeredInTime + other.answeredInTime,
                late + other.late);
    }

    /**
     * Answered within the due date, in % of those whose answer is due (answered, or late); null when none is due
     * yet.
     */
    public @Nullable Double inTimeShare() {
        var due = answered + late;
        return due == 0 ? null : 100.0 * answeredInTime / due;
    }
}
