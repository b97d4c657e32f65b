package org.comptoir.report;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A row: its label and one value per column (Long for counts, Double otherwise; null when there is nothing
 * to compute, e.g. an index on a reference of zero).
 */
public record ReportRow(String label, List<@Nullable Number> values, boolean total) {

    public static ReportRow of(String label, List<@Nullable Number> values) {
        return new ReportRow(label, values, false);
    }

    public static ReportRow total(String label, List<@Nullable Number> values) {
        return new ReportRow(label, values, true);
    }
}
