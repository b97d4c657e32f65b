package org.comptoir.attraction.datatourisme;

import org.comptoir.base.RuleViolation;

/** The file as a whole cannot be read (not UTF-8, broken JSON, unknown CSV header…): nothing is imported. */
public class ImportFileError extends RuleViolation {

    public ImportFileError(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    public ImportReason reason() {
        return ImportReason.of(messageKey(), arguments());
    }
}
