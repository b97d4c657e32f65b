package org.comptoir.visit;

/** Interactions were written around the desk's service ({@link InteractionBulkWriter}), and committed. */
public record InteractionsWrittenInBulk(long count) {}
