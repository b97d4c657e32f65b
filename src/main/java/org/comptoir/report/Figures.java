package org.comptoir.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.comptoir.report.aggregate.AggregateTable;
import org.comptoir.report.aggregate.Dim;
import org.comptoir.report.aggregate.Tally;

/**
 * Counts of live interactions over a range of days, with the report filters, split by some dimensions.
 * The reports read them from the aggregates; the exactness test and the benchmark from the raw rows. Both add
 * the counts imported from before Comptoir where these can answer ({@link PastCountFigures}).
 */
interface Figures {

    List<Tally> count(AggregateTable table, LocalDate from, LocalDate to, ReportFilter filter, List<Dim> dims);

    /**
     * The same at these desks together (an office's, issue 16), the filter's desk left aside: the sum of their
     * counts, desk by desk unless the figures can read them at once.
     */
    default List<Tally> count(
            AggregateTable table, LocalDate from, LocalDate to, ReportFilter filter, List<Dim> dims, Set<Long> desks) {
        List<Tally> sum = List.of();
        for (var desk : new TreeSet<>(desks)) {
            var ofDesk = new ReportFilter(desk, filter.channel(), filter.visitorType(), null);
            sum = PastCountFigures.merge(dims, sum, count(table, from, to, ofDesk, dims));
        }
        return sum;
    }

    default List<Tally> count(AggregateTable table, ReportPeriod period, ReportFilter filter, Dim... dims) {
        return count(table, period.from(), period.to(), filter, List.of(dims));
    }

    /**
     * The logged interactions' counts alone, without the counts imported from before Comptoir: for the reports
     * that need detail those lack (stay, interests, suggestions), whose shares they would dilute.
     */
    default Figures loggedOnly() {
        return this;
    }
}
