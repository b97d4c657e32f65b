package org.comptoir.complaint;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The complaints' figures of one period (by the day they were received): in all, by kind, by subject, by category,
 * and the median number of days from receiving to answering (null when none was answered).
 */
public record ComplaintPeriodFigures(
        LocalDate from,
        LocalDate to,
        ComplaintNumbers total,
        Map<ComplaintKind, ComplaintNumbers> byKind,
        Map<ComplaintSubject, ComplaintNumbers> bySubject,
        SortedMap<ComplaintCategory, ComplaintNumbers> byCategory,
        @Nullable Double medianDaysToAnswer) {

    public ComplaintPeriodFigures {
        byKind = Map.copyOf(byKind);
        bySubject = Map.copyOf(bySubject);
        byCategory = Collections.unmodifiableSortedMap(new TreeMap<>(byCategory));
    }
}
