package org.comptoir.visit;

import org.comptoir.base.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * Someone else saved the interaction since it was opened: says who when it is known, so the counsellor can
 * ask them.
 */
public class EditConflict extends RuleViolation {

    private final @Nullable String changedBy;

    EditConflict(String changedBy) {
        super("interaction.conflict", changedBy);
        this.changedBy = changedBy;
    }

    private EditConflict() {
        super("interaction.conflict-meanwhile");
        this.changedBy = null;
    }

    /**
     * The other save came between reading the interaction and writing it: the database refuses the older
     * version without saying whose the newer one is.
     */
    static EditConflict meanwhile() {
        return new EditConflict();
    }

    /** Who saved it, when known. */
    public @Nullable String changedBy() {
        return changedBy;
    }
}
