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

    /** The filter in words for the admin audit: the period, then each filter set ("desk: 3"). */
    public String inWords() {
        var words = new StringBuilder("from: " + from + "; to: " + to);
        if (deskId != null) {
            words.append("; desk: ").append(deskId);
        }
        if (counsellor != null) {
            words.append("; counsellor: ").append(counsellor);
        }
        if (country != null) {
            words.append("; country: ").append(country);
        }
        if (channel != null) {
            words.append("; channel: ").append(channel.name());
        }
        if (visitorType != null) {
            words.append("; visitor type: ").append(visitorType.name());
        }
        return words.toString();
    }
}
