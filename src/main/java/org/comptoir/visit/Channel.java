package org.comptoir.visit;

/**
 * How the visitor reached the office. Labels: translation keys {@code Channel.<VALUE>}.
 */
public enum Channel {
    DESK,
    PHONE,
    EMAIL,
    LETTER,
    SOCIAL_CHAT,
    OUTSIDE_EVENT
}
