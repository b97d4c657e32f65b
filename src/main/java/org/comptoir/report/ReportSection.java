package org.comptoir.report;

import java.util.List;

/**
 * One table of a report and the chart drawn from it.
 *
 * @param title     e.g. "Visiteurs par région du monde"
 * @param measure   what the numbers count; its label is shown next to the table
 * @param rowHeader header of the first column (the row labels), e.g. "Pays"
 * @param columns   the numeric columns
 * @param rows      the rows; a total row, when any, comes last with {@code total = true}
 * @param chart     how to draw it
 */
public record ReportSection(
        String title,
        Measure measure,
        String measureLabel,
        String rowHeader,
        List<ReportColumn> columns,
        List<ReportRow> rows,
        ChartSpec chart) {

    /** What a number counts: reports always say it. */
    public enum Measure {
        VISITORS,
        INTERACTIONS,
        PICKS,
        /** answers to the satisfaction survey */
        ANSWERS,
        /** complaints and suggestions received */
        COMPLAINTS,
        /** comments of the satisfaction survey, to read */
        COMMENTS
    }
}
