package org.comptoir.report.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.comptoir.report.ChartSpec;
import org.comptoir.report.ChartSpec.Type;
import org.comptoir.report.ReportColumn;
import org.comptoir.report.ReportColumn.Format;
import org.comptoir.report.ReportKind;
import org.comptoir.report.ReportResult;
import org.comptoir.report.ReportRow;
import org.comptoir.report.ReportSection;
import org.comptoir.report.ReportSection.Measure;

/** Hand-made report results, for the charts and exports, as the service would hand them out. */
final class Reports {

    private Reports() {}

    /** Visitors per market, 2019 and 2025 with the index: bars, a total row of 9 999 that is never drawn. */
    static ReportSection markets(Type type) {
        var columns = List.of(
                new ReportColumn("2019", Format.COUNT),
                new ReportColumn("2025", Format.COUNT),
                new ReportColumn("Indice 2025 (2019 = 100)", Format.INDEX));
        var rows = List.of(
                ReportRow.of("France", List.of(1200L, 1350L, 112.5)),
                ReportRow.of("Europe (hors France)", List.of(640L, 512L, 80.0)),
                ReportRow.of("Long-courrier", List.of(210L, 96L, 45.7)),
                ReportRow.total("Total", List.of(9999L, 9999L, 99.0)));
        return new ReportSection(
                "Visiteurs par marché",
                Measure.VISITORS,
                "Visiteurs (personnes)",
                "Marché",
                columns,
                rows,
                new ChartSpec(type, List.of(0, 1), "Marché", "Visiteurs"));
    }

    /** Shares of each length of stay over three years, in percent. */
    static ReportSection stayShares() {
        var columns = List.of(
                new ReportColumn("2023", Format.PERCENT),
                new ReportColumn("2024", Format.PERCENT),
                new ReportColumn("2025", Format.PERCENT));
        var rows = List.of(
                ReportRow.of("De passage", List.of(40.0, 35.5, 30.0)),
                ReportRow.of("À la journée", List.of(25.0, 24.5, 25.0)),
                ReportRow.of("1 nuit", List.of(15.0, 18.0, 20.0)),
                ReportRow.of("2–3 nuits", List.of(20.0, 22.0, 25.0)),
                ReportRow.total("Total", List.of(100.0, 100.0, 100.0)));
        return new ReportSection(
                "Durée de séjour",
                Measure.VISITORS,
                "Visiteurs (personnes)",
                "Durée",
                columns,
                rows,
                new ChartSpec(Type.STACKED_SHARE, List.of(0, 1, 2), "Année", "Part des visiteurs"));
    }

    /** Interactions by hour and weekday. */
    static ReportSection hours() {
        var days = List.of("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.");
        var columns = new ArrayList<ReportColumn>();
        days.forEach(d -> columns.add(new ReportColumn(d, Format.COUNT)));
        columns.add(new ReportColumn("Total", Format.COUNT));
        var rows = new ArrayList<ReportRow>();
        for (int hour = 9; hour <= 18; hour++) {
            var values = new ArrayList<Number>();
            long sum = 0;
            for (int d = 0; d < 7; d++) {
                long value = (long) ((hour * 7 + d * 13) % 23) + (d >= 5 ? 15 : 0);
                values.add(value);
                sum += value;
            }
            values.add(sum);
            rows.add(ReportRow.of(hour + " h", values));
        }
        return new ReportSection(
                "Contacts par heure et jour",
                Measure.INTERACTIONS,
                "Contacts (interactions)",
                "Heure",
                columns,
                rows,
                new ChartSpec(Type.HEATMAP, List.of(0, 1, 2, 3, 4, 5, 6), "Heure", "Contacts (interactions)"));
    }

    /** The recovery report: an index line over years and the markets table. */
    static ReportResult recovery() {
        var columns = List.of(
                new ReportColumn("France", Format.INDEX),
                new ReportColumn("Europe", Format.INDEX),
                new ReportColumn("Long-courrier", Format.INDEX),
                new ReportColumn("Part des Européens", Format.PERCENT),
                new ReportColumn("Évolution", Format.CHANGE));
        var rows = new ArrayList<ReportRow>();
        for (int year = 2019; year <= 2025; year++) {
            var k = year - 2019;
            rows.add(ReportRow.of(
                    String.valueOf(year),
                    Arrays.asList(
                            100.0 + k * 2,
                            100.0 - 30 + k * 4.5,
                            k == 0 ? 100.0 : 40.0 + k * 6,
                            61.25 + k,
                            k == 0 ? null : -3.04 + k)));
        }
        var index = new ReportSection(
                "Indice par marché",
                Measure.VISITORS,
                "Visiteurs (personnes)",
                "Année",
                columns,
                rows,
                new ChartSpec(Type.LINE, List.of(0, 1, 2), "Année", "Indice (2019 = 100)"));
        return new ReportResult(
                ReportKind.RECOVERY,
                "Reprise des marchés",
                List.of("Période : 2019–2025", "Tous les accueils ; comparaison : 2019"),
                "comptoir-recovery-2019-2025",
                List.of(index, markets(Type.BAR)));
    }

    static ReportResult origins() {
        return new ReportResult(
                ReportKind.ORIGINS,
                "Provenance des visiteurs",
                List.of("Période : juillet 2025"),
                "comptoir-origins-2025-07",
                List.of(markets(Type.HORIZONTAL_BAR), stayShares(), hours()));
    }
}
