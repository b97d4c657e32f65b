package org.comptoir.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.comptoir.report.aggregate.AggregateReads;
import org.comptoir.report.aggregate.AggregateTable;
import org.comptoir.report.aggregate.Dim;
import org.comptoir.report.aggregate.Tally;
import org.springframework.stereotype.Component;

/** The counts as the reports read them: from the aggregates. */
@Component
class AggregateFigures implements Figures {

    private final AggregateReads reads;

    AggregateFigures(AggregateReads reads) {
        this.reads = reads;
    }

    @Override
    public List<Tally> count(AggregateTable table, LocalDate from, LocalDate to, ReportFilter filter, List<Dim> dims) {
        return reads.count(table, from, to, filter.deskId(), filter.channel(), filter.visitorType(), dims);
    }

    /** One read of the desks' rows together. */
    @Override
    public List<Tally> count(
            AggregateTable table, LocalDate from, LocalDate to, ReportFilter filter, List<Dim> dims, Set<Long> desks) {
        return reads.countAtDesks(table, from, to, desks, filter.channel(), filter.visitorType(), dims);
    }
}
