package org.comptoir.complaint;

/** How many complaints someone is to answer (all of them for directors and admins), and how many are late. */
public record ComplaintCount(long awaiting, long overdue) {}
