package org.comptoir.report;

import java.util.Arrays;
import java.util.Optional;

/** The seven reports a director reads; the slug names the report in its address and its export files. */
public enum ReportKind {
    ORIGINS("origins"),
    RECOVERY("recovery"),
    STAY("stay"),
    INTERESTS("interests"),
    ACTIVITY("activity"),
    SUGGESTIONS("suggestions"),
    /** Visitors' complaints and the satisfaction survey (Qualité Tourisme): "Écoute visiteurs". */
    LISTENING("listening");

    private final String slug;

    ReportKind(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    /** The translation key of the report's name, e.g. "report.kind.recovery". */
    public String titleKey() {
        return "report.kind." + slug;
    }

    public static Optional<ReportKind> fromSlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
    }
}
