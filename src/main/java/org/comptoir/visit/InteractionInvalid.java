package org.comptoir.visit;

import java.util.Map;
import org.comptoir.base.RuleViolation;

/**
 * A draft the service refuses, with what is wrong with each field (field name → translation key),
 * so that the form can say it next to each field.
 */
public class InteractionInvalid extends RuleViolation {

    private final Map<String, String> fieldErrors;

    InteractionInvalid(Map<String, String> fieldErrors) {
        super("interaction.invalid");
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
