package org.comptoir.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** The years ("2024") or months ("2024-07") a period touches, in order: the rows of a timeline. */
final class TimeBuckets {

    private TimeBuckets() {}

    static List<String> of(ReportPeriod period, boolean years) {
        var buckets = new ArrayList<String>();
        if (years) {
            for (int year = period.from().getYear(); year <= period.to().getYear(); year++) {
                buckets.add(String.valueOf(year));
            }
        } else {
            for (var month = YearMonth.from(period.from());
                    !month.isAfter(YearMonth.from(period.to()));
                    month = month.plusMonths(1)) {
                buckets.add(month.toString());
            }
        }
        return buckets;
    }
}
