package org.comptoir.reference;

/**
 * The lists an admin keeps.
 */
public enum ListKind {
    DESK,
    INTEREST,
    QUESTION
}
