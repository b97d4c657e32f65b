package org.comptoir.report;

import org.comptoir.visit.Channel;
import org.comptoir.visit.VisitorType;
import org.jspecify.annotations.Nullable;

/**
 * The optional filters every report has; null means all. The office (issue 16) holds the report to its desks; a
 * reader who works for some offices only is held to theirs whatever the filter says (decision 0030).
 */
public record ReportFilter(
        @Nullable Long deskId,
        @Nullable Channel channel,
        @Nullable VisitorType visitorType,
        @Nullable Long officeId) {

    public static final ReportFilter ALL = new ReportFilter(null, null, null, null);

    public ReportFilter(@Nullable Long deskId, @Nullable Channel channel, @Nullable VisitorType visitorType) {
        this(deskId, channel, visitorType, null);
    }
}
