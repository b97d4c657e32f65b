package org.comptoir.report;

import java.util.List;

/**
 * A computed report, already in the reader's language: what the screen, the chart and every export show.
 *
 * @param title      the report's name, e.g. "Reprise des marchés"
 * @param context    lines saying what was counted: period, filters, comparison, e.g. "Période : 2019–2025"
 * @param fileStem   ASCII name for the export files, e.g. "comptoir-recovery-2019-2025"
 * @param sections   one or more tables, each with its chart
 */
public record ReportResult(
        ReportKind kind, String title, List<String> context, String fileStem, List<ReportSection> sections) {}
