package org.comptoir.survey;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.comptoir.base.RateBucket;

/**
 * Answers a minute, per kiosk and per network address, as token buckets: up to the limit at once, then refilled
 * evenly over the minute. Kept in memory only, per instance: an address is never written anywhere, and in memory it
 * is a salted hash (the salt is new at every start), so that not even a heap dump lists visitors' addresses.
 */
final class SurveyRateLimit {

    /** Beyond this many buckets, the full ones (nobody sent anything for a minute) are forgotten. */
    private static final int PRUNE_ABOVE = 10_000;

    private final Clock clock;
    private final Map<String, RateBucket> buckets = new ConcurrentHashMap<>();
    private final byte[] salt = new byte[16];

    SurveyRateLimit(Clock clock) {
        this.clock = clock;
        new SecureRandom().nextBytes(salt);
    }

    /** Takes one answer from the kiosk's minute; false when it has none left. */
    boolean kiosk(long kioskId, int perMinute) {
        return take("k" + kioskId, perMinute);
    }

    /** Takes one answer from the address's minute; false when it has none left. */
    boolean address(String address, int perMinute) {
        var salted = new String(salt, StandardCharsets.ISO_8859_1) + address;
        return take("a" + SurveyTokens.hash(salted), perMinute);
    }

    private boolean take(String key, int perMinute) {
        var now = clock.millis();
        if (buckets.size() > PRUNE_ABOVE) {
            buckets.values().removeIf(bucket -> bucket.fullAt(perMinute, now));
        }
        return buckets.computeIfAbsent(key, k -> new RateBucket(perMinute, now)).take(perMinute, now) == 0;
    }
}
