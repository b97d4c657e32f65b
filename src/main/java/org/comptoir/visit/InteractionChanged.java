package org.comptoir.visit;

import org.jspecify.annotations.Nullable;

/**
 * Published inside the transaction that creates, changes or deletes an interaction, so that what is
 * derived from interactions (the report aggregates) changes in the same transaction or not at all.
 *
 * @param before the live interaction before the change; null when it is created
 * @param after  the live interaction after the change; null when it is deleted
 */
public record InteractionChanged(
        @Nullable InteractionDetails before, @Nullable InteractionDetails after) {}
