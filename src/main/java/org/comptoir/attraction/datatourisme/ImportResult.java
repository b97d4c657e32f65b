package org.comptoir.attraction.datatourisme;

/** What a commit wrote: every new and changed record, or (when it fails) nothing at all. */
public record ImportResult(int created, int updated, int unchanged, int rejected) {}
