package org.comptoir.attraction.datatourisme;

/**
 * An attraction already in the database that a new point probably describes too: its id and name, how
 * far it lies from the point, and whether both give the same website.
 */
public record Duplicate(long attractionId, String name, int meters, boolean sameWebsite) {}
