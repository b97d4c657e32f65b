package org.comptoir.visit;

/**
 * Who the visitor travels with. Labels: translation keys {@code PartyType.<VALUE>}.
 */
public enum PartyType {
    ALONE,
    COUPLE,
    FAMILY,
    FRIENDS,
    GROUP,
    PROFESSIONAL
}
