package org.comptoir.survey;

import java.security.SecureRandom;
import java.util.Base64;
import org.comptoir.base.Sha256;

/**
 * The survey's tokens: 144 random bits (SecureRandom), written in 24 URL-safe characters; only their SHA-256 is
 * kept, so that a copy of the database answers nothing.
 */
final class SurveyTokens {

    private static final int BYTES = 18;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SurveyTokens() {}

    static String newSecret() {
        var bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text can be a token at all: anything else is refused before any lookup. */
    static boolean wellFormed(String secret) {
        return secret.length() == 24 && secret.chars().allMatch(SurveyTokens::urlSafe);
    }

    private static boolean urlSafe(int c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_';
    }

    /** The SHA-256 of a text, in hex: what is kept of a token. */
    static String hash(String text) {
        return Sha256.hex(text);
    }
}
