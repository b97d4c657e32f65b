package org.comptoir.report;

import java.time.YearMonth;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports directors read, computed from the aggregates kept with every interaction.
 * BEING BUILT: the signatures are final, the bodies come with the aggregates.
 */
@Service
public class ReportService {

    static final String MANAGERS = "hasAnyRole('DIRECTOR', 'ADMIN')";

    /** One report, in the reader's language. */
    @PreAuthorize(MANAGERS)
    @Transactional(readOnly = true)
    public ReportResult report(ReportRequest request, Locale locale) {
        throw new UnsupportedOperationException("being built");
    }

    /** The director's home: a month against the same month last year. */
    @PreAuthorize(MANAGERS)
    @Transactional(readOnly = true)
    public Glance glance(YearMonth month, Locale locale) {
        throw new UnsupportedOperationException("being built");
    }

    /** The first year with interactions, for the period pickers (this year when there are none). */
    @PreAuthorize(MANAGERS)
    @Transactional(readOnly = true)
    public int firstYear() {
        throw new UnsupportedOperationException("being built");
    }
}
