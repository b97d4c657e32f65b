package org.comptoir.attraction;

/**
 * Published after attractions were added, changed, retired or imported: caches of the active
 * attractions (the suggestion engine's) start afresh.
 */
public record AttractionsChanged() {}
