package org.comptoir.api;

import java.util.Map;
import org.comptoir.base.RuleViolation;

/** A token draft refused, with what is wrong with each field (field name → translation key). */
public class ApiTokenInvalid extends RuleViolation {

    private final Map<String, String> fieldErrors;

    ApiTokenInvalid(Map<String, String> fieldErrors) {
        super("api.token.invalid");
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
