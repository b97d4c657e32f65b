package org.comptoir.report;

import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;

/** For tests of other packages: a report computed naively from the raw rows, to set beside the real one. */
public final class RawReports {

    private RawReports() {}

    public static ReportResult report(ReportService reports, JdbcTemplate jdbc, ReportRequest request, Locale locale) {
        return reports.report(request, locale, new RawFigures(jdbc));
    }
}
