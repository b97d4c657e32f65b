package org.comptoir.visit;

/**
 * Why the visitor travels. Labels: translation keys {@code Purpose.<VALUE>}.
 */
public enum Purpose {
    LEISURE,
    BUSINESS,
    BOTH
}
