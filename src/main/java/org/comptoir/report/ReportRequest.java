package org.comptoir.report;

/**
 * One report to compute: which, over what period, with which filters and comparison. {@code fineRegions}
 * splits the world regions into UN M49 sub-regions (Western Europe, Northern America…) where the report
 * shows regions.
 */
public record ReportRequest(
        ReportKind kind, ReportPeriod period, ReportFilter filter, Comparison comparison, boolean fineRegions) {

    public ReportRequest withKind(ReportKind other) {
        return new ReportRequest(other, period, filter, comparison, fineRegions);
    }
}
