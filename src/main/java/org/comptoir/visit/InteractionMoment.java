package org.comptoir.visit;

import java.time.LocalDateTime;

/** When and at which desk an interaction happened: what other features show beside what they keep about it. */
public record InteractionMoment(long id, LocalDateTime occurredAt, long deskId) {}
