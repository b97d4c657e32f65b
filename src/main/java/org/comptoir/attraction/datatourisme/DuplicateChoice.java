package org.comptoir.attraction.datatourisme;

/**
 * What the admin does with a point that probably duplicates an attraction: link them (the attraction
 * follows the point from now on, keeping what the office curated), keep both, or leave the point out.
 * Labels: {@code import.duplicate.<VALUE>}.
 */
public enum DuplicateChoice {
    LINK,
    KEEP_BOTH,
    SKIP
}
