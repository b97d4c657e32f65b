/**
 * A report as charts (SVG on screen, PNG in the PDF) and as CSV, Excel and PDF files, all drawn from the same
 * table model ({@link org.comptoir.report.ReportResult}).
 */
@NullMarked
package org.comptoir.report.export;

import org.jspecify.annotations.NullMarked;
