package org.comptoir.visit;

import org.comptoir.base.RuleViolation;

/**
 * Someone else saved the interaction since it was opened: says who, so the counsellor can ask them.
 */
public class EditConflict extends RuleViolation {

    private final String changedBy;

    EditConflict(String changedBy) {
        super("interaction.conflict", changedBy);
        this.changedBy = changedBy;
    }

    public String changedBy() {
        return changedBy;
    }
}
