package org.comptoir.attraction.datatourisme;

/** What an import does with a record. Labels: {@code import.outcome.<VALUE>}. */
public enum ImportOutcome {
    NEW,
    UPDATED,
    UNCHANGED,
    REJECTED
}
