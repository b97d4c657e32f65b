package org.comptoir.report;

import org.jspecify.annotations.Nullable;

/**
 * What one report is computed over: the counts, the period (cut at today), the filters, the period compared
 * with (null without comparison), the reference year, and the words.
 */
record ReportScope(
        Figures figures,
        ReportPeriod period,
        ReportFilter filter,
        @Nullable ReportPeriod compared,
        int referenceYear,
        boolean fineRegions,
        ReportText text) {

    boolean comparing() {
        return compared != null;
    }
}
