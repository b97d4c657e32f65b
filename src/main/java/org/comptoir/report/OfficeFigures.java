package org.comptoir.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.comptoir.report.aggregate.AggregateTable;
import org.comptoir.report.aggregate.Dim;
import org.comptoir.report.aggregate.Tally;

/**
 * The figures of some desks only (issue 16, decision 0030): an office's, or those the reader may reach. The
 * aggregates and the imported counts are keyed by desk, so an office's count is the sum of its desks' counts (the
 * aggregates read them in one query); the network's count is the figures as they are.
 */
final class OfficeFigures implements Figures {

    private final Figures figures;
    private final Set<Long> desks;

    private OfficeFigures(Figures figures, Set<Long> desks) {
        this.figures = figures;
        this.desks = desks;
    }

    /** The figures held to these desks; as they are when every desk may be read. */
    static Figures of(Figures figures, Optional<Set<Long>> desks) {
        return desks.<Figures>map(d -> new OfficeFigures(figures, new TreeSet<>(d)))
                .orElse(figures);
    }

    @Override
    public List<Tally> count(AggregateTable table, LocalDate from, LocalDate to, ReportFilter filter, List<Dim> dims) {
        if (filter.deskId() != null) {
            return desks.contains(filter.deskId()) ? figures.count(table, from, to, filter, dims) : List.of();
        }
        return figures.count(table, from, to, filter, dims, desks);
    }

    @Override
    public Figures loggedOnly() {
        return new OfficeFigures(figures.loggedOnly(), desks);
    }
}
