package org.comptoir.report.past;

import org.comptoir.base.RuleViolation;

/** The file as a whole cannot be read (not UTF-8, not a workbook, unknown column…): nothing is imported. */
class PastCountFileError extends RuleViolation {

    PastCountFileError(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    PastCountProblem problem() {
        return PastCountProblem.of(messageKey(), arguments());
    }
}
