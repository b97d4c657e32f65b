package org.comptoir.followup;

/** How many follow-ups someone has open, and how many of those are overdue. */
public record OpenCount(long open, long overdue) {}
