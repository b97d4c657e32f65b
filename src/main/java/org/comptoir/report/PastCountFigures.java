package org.comptoir.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.comptoir.report.aggregate.AggregateTable;
import org.comptoir.report.aggregate.Dim;
import org.comptoir.report.aggregate.Tally;
import org.comptoir.report.past.PastCountReads;

/**
 * The logged interactions' counts with the counts imported from before Comptoir added in (issue 18, decision
 * 0025), wherever their detail allows: the origins (by country, département, desk, channel, month, year) and the
 * desk's activity by desk, channel and month. A count they cannot answer — by stay, interest, counsellor, hour,
 * pick, or for one visitor type — is the logged interactions' alone; so is a month the range covers in part.
 */
final class PastCountFigures implements Figures {

    private final Figures logged;
    private final PastCountReads past;

    PastCountFigures(Figures logged, PastCountReads past) {
        this.logged = logged;
        this.past = past;
    }

    /** Whether imported counts answer this count: their table, their dimensions, no visitor type. */
    static boolean answers(AggregateTable table, List<Dim> dims, ReportFilter filter) {
        if (filter.visitorType() != null) {
            return false;
        }
        return (table == AggregateTable.ORIGIN || table == AggregateTable.STAFF)
                && PastCountReads.DIMS.containsAll(dims);
    }

    @Override
    public List<Tally> count(AggregateTable table, LocalDate from, LocalDate to, ReportFilter filter, List<Dim> dims) {
        var counted = logged.count(table, from, to, filter, dims);
        if (!answers(table, dims, filter)) {
            return counted;
        }
        return merge(dims, counted, past.count(from, to, filter.deskId(), filter.channel(), dims));
    }

    @Override
    public List<Tally> count(
            AggregateTable table, LocalDate from, LocalDate to, ReportFilter filter, List<Dim> dims, Set<Long> desks) {
        var counted = logged.count(table, from, to, filter, dims, desks);
        if (!answers(table, dims, filter)) {
            return counted;
        }
        for (var desk : new TreeSet<>(desks)) {
            counted = merge(dims, counted, past.count(from, to, desk, filter.channel(), dims));
        }
        return counted;
    }

    @Override
    public Figures loggedOnly() {
        return logged;
    }

    /** The sums of two counts by the same dimensions, key by key (the first's keys first). */
    static List<Tally> merge(List<Dim> dims, List<Tally> first, List<Tally> second) {
        if (second.isEmpty()) {
            return first;
        }
        var sums = new LinkedHashMap<List<String>, long[]>();
        for (var tally : first) {
            add(sums, tally);
        }
        for (var tally : second) {
            add(sums, tally);
        }
        var merged = new ArrayList<Tally>(sums.size());
        sums.forEach((keys, values) -> {
            if (values[0] != 0 || values[1] != 0) {
                merged.add(new Tally(dims, keys, values[0], values[1]));
            }
        });
        return merged;
    }

    private static void add(LinkedHashMap<List<String>, long[]> sums, Tally tally) {
        var values = sums.computeIfAbsent(tally.keys(), k -> new long[2]);
        values[0] += tally.interactions();
        values[1] += tally.persons();
    }
}
