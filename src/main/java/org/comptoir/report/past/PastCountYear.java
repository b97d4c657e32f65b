package org.comptoir.report.past;

/** A year of a preview: how many of its months the file covers, and the contacts and visitors it adds. */
public record PastCountYear(int year, int months, long interactions, long persons) {}
