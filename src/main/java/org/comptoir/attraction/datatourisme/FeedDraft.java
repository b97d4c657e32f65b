package org.comptoir.attraction.datatourisme;

import org.jspecify.annotations.Nullable;

/**
 * The feed's settings as the admin saves them.
 *
 * @param url        the JSON-LD export's address; its masked form (as {@link FeedSettings} shows it) keeps the one saved
 * @param headerName the HTTP header that carries the key, when the key is not in the address
 * @param secret     the key sent in that header; null or blank keeps the one saved
 * @param cron       when it runs (Spring's six fields: second minute hour day month weekday)
 * @param enabled    runs on its schedule; "run now" works either way
 */
public record FeedDraft(
        @Nullable String url,
        @Nullable String headerName,
        @Nullable String secret,
        String cron,
        int timeoutSeconds,
        boolean enabled) {}
