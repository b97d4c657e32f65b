package org.comptoir.report;

import java.time.LocalDate;
import java.util.List;

/**
 * Counts of live interactions over a range of days, with the report filters, split by some dimensions.
 * The reports read them from the aggregates; the exactness test and the benchmark from the raw rows.
 */
interface Figures {

    List<Tally> count(Source source, LocalDate from, LocalDate to, ReportFilter filter, List<Dim> dims);

    default List<Tally> count(Source source, ReportPeriod period, ReportFilter filter, Dim... dims) {
        return count(source, period.from(), period.to(), filter, List.of(dims));
    }
}
