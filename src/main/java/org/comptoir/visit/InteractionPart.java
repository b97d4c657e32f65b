package org.comptoir.visit;

/**
 * Another feature's part of a desk save, such as the visitor's contact details or a follow-up: typed in a
 * section of the desk form, handed to {@code VisitService.save(draft, parts)} with the
 * interaction and saved by its feature's {@link InteractionPartWriter} in the same transaction.
 */
public interface InteractionPart {}
