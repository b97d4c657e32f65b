package org.comptoir.visit;

/**
 * A desk's day at a glance: interactions (records), visitors (persons) and quick counts.
 */
public record DayCounters(long interactions, long visitors, long quickCounts) {}
