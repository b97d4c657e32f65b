package org.comptoir.report;

import org.comptoir.visit.Channel;
import org.comptoir.visit.VisitorType;
import org.jspecify.annotations.Nullable;

/** The optional filters every report has; null means all. */
public record ReportFilter(
        @Nullable Long deskId,
        @Nullable Channel channel,
        @Nullable VisitorType visitorType) {

    public static final ReportFilter ALL = new ReportFilter(null, null, null);
}
