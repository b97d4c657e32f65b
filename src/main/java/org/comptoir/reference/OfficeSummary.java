package org.comptoir.reference;

/** An office as the admin page and the reports name it. */
public record OfficeSummary(long id, long version, String name) {}
