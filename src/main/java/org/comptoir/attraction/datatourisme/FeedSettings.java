package org.comptoir.attraction.datatourisme;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The feed's settings as they are shown back: the address with the values of its query masked, and of
 * the header's key only its last two characters.
 */
public record FeedSettings(
        @Nullable String url,
        @Nullable String headerName,
        @Nullable String secretHint,
        String cron,
        int timeoutSeconds,
        boolean enabled) {

    public static final String DEFAULT_CRON = "0 0 3 * * *";
    public static final int DEFAULT_TIMEOUT = 120;
    private static final Pattern QUERY_VALUE = Pattern.compile("=([^&#]*)");
    private static final Pattern USER_INFO = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*://)[^/@]*@");

    static FeedSettings none() {
        return new FeedSettings(null, null, null, DEFAULT_CRON, DEFAULT_TIMEOUT, false);
    }

    /** "https://x.fr/feed?key=abcd" → "https://x.fr/feed?key=••••": what may be shown and written to logs. */
    public static @Nullable String masked(@Nullable String url) {
        if (url == null) {
            return null;
        }
        var withoutUser = USER_INFO.matcher(url).replaceFirst("$1••••@");
        var query = withoutUser.indexOf('?');
        return query < 0
                ? withoutUser
                : withoutUser.substring(0, query)
                        + QUERY_VALUE.matcher(withoutUser.substring(query)).replaceAll("=••••");
    }

    static @Nullable String hint(@Nullable String secret) {
        if (secret == null || secret.isEmpty()) {
            return null;
        }
        return secret.length() <= 6 ? "••••" : "••••" + secret.substring(secret.length() - 2);
    }
}
