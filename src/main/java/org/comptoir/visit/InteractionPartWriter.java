package org.comptoir.visit;

/**
 * Saves the {@link InteractionPart}s a feature owns, inside the transaction that saves their interaction, so
 * that the interaction and its parts are saved together or not at all. Implemented by the services of the
 * features that add sections to the desk form; {@code visit} knows none of them.
 */
public interface InteractionPartWriter {

    /**
     * Saves the part for the interaction just saved, or returns false when the part is not this feature's.
     * A refusal thrown here undoes the whole save, the interaction included.
     */
    boolean write(InteractionDetails interaction, InteractionPart part);
}
