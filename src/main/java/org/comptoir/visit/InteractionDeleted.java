package org.comptoir.visit;

/**
 * Published inside the transaction that deletes an interaction, after its {@link InteractionChanged}: for what
 * only a deletion concerns (the interaction's follow-ups and contacts), so that a save does not call them.
 *
 * @param deleted the live interaction as it was before its deletion
 */
public record InteractionDeleted(InteractionDetails deleted) {}
