package org.comptoir.attraction;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What makes an attraction record acceptable, for the edit form and for every imported record alike.
 * Returns field → translation key; empty when all is well.
 */
public final class AttractionRules {

    public static final int MAX_NAME = 200;
    public static final int MAX_DESCRIPTION = 4000;

    private AttractionRules() {}

    public static Map<String, String> problems(AttractionDraft d) {
        var problems = new LinkedHashMap<String, String>();
        if (d.nameFr().isBlank()) {
            problems.put("nameFr", "attraction.name.required");
        } else if (d.nameFr().strip().length() > MAX_NAME || d.nameEn().strip().length() > MAX_NAME) {
            problems.put("nameFr", "attraction.name.too-long");
        }
        if (tooLong(d.descriptionFr()) || tooLong(d.descriptionEn())) {
            problems.put("descriptionFr", "attraction.description.too-long");
        }
        if (!(d.latitude() >= -90 && d.latitude() <= 90) || d.latitude() == 0 && d.longitude() == 0) {
            problems.put("latitude", "attraction.latitude.range");
        }
        if (!(d.longitude() >= -180 && d.longitude() <= 180)) {
            problems.put("longitude", "attraction.longitude.range");
        }
        if (d.website() != null
                && !d.website().isBlank()
                && !isWebAddress(d.website().strip())) {
            problems.put("website", "attraction.website.invalid");
        }
        if (d.monthsOpen().isEmpty()) {
            problems.put("monthsOpen", "attraction.months.required");
        }
        if (d.closedDays().size() == 7) {
            problems.put("closedDays", "attraction.closed-days.all");
        }
        if (d.driveMinutes() != null && (d.driveMinutes() < 0 || d.driveMinutes() > 600)) {
            problems.put("driveMinutes", "attraction.drive.range");
        }
        if (d.visitMinutes() != null && (d.visitMinutes() < 1 || d.visitMinutes() > 24 * 60)) {
            problems.put("visitMinutes", "attraction.visit.range");
        }
        if (d.familyFriendly() && d.minAge() != null && (d.minAge() < 0 || d.minAge() > 18)) {
            problems.put("minAge", "attraction.min-age.range");
        }
        if (d.phone() != null && d.phone().strip().length() > 40) {
            problems.put("phone", "attraction.phone.invalid");
        }
        return problems;
    }

    private static boolean tooLong(String text) {
        return text != null && text.strip().length() > MAX_DESCRIPTION;
    }

    /** An absolute http(s) address with a host: what a counsellor can open and a sheet can print. */
    public static boolean isWebAddress(String text) {
        if (text.length() > 500 || text.contains(" ")) {
            return false;
        }
        try {
            var uri = new URI(text);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null
                    && uri.getHost().contains(".");
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
