package org.comptoir.visit;

import java.time.Instant;

/**
 * One line of an interaction's audit trail: who, when, what (CREATE, UPDATE, DELETE), and the
 * changed fields as "field: before → after" lines.
 */
public record AuditEntry(Instant at, String by, String action, String changes) {}
