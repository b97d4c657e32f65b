package org.comptoir.attraction.datatourisme;

/**
 * What a commit wrote: every new and changed record, or (when it fails) nothing at all.
 *
 * @param linked  attractions the office had that now follow a point of the file
 * @param skipped points left out because they probably duplicate an attraction
 */
public record ImportResult(int created, int updated, int unchanged, int rejected, int linked, int skipped) {

    public ImportResult(int created, int updated, int unchanged, int rejected) {
        this(created, updated, unchanged, rejected, 0, 0);
    }
}
