package org.comptoir.report;

/** A numeric column: its header and how its numbers read. */
public record ReportColumn(String header, Format format) {

    public enum Format {
        /** a whole number: 1 234 */
        COUNT,
        /** a share in percent, 0–100 with one decimal: 12,5 % */
        PERCENT,
        /** an index on a reference (reference = 100), no decimal: 87 */
        INDEX,
        /** a change in percent, signed: +12,5 % / −3,0 % */
        CHANGE,
        /** a mean or a median with one decimal: 4,3 */
        DECIMAL
    }
}
