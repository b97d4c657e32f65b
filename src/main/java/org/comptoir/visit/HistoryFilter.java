package org.comptoir.visit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the history shows: a period (both days included) and optional filters.
 */
public record HistoryFilter(
        LocalDate from,
        LocalDate to,
        @Nullable Long deskId,
        @Nullable String counsellor,
        @Nullable String country,
        @Nullable Channel channel,
        @Nullable VisitorType visitorType) {

    public static HistoryFilter month(LocalDate anyDay) {
        var first = anyDay.withDayOfMonth(1);
        return new HistoryFilter(first, first.plusMonths(1).minusDays(1), null, null, null, null, null);
    }
}
