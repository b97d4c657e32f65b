package org.comptoir.attraction;

import java.util.Map;
import org.comptoir.base.RuleViolation;

/**
 * An attraction the service refuses, with what is wrong with each field (field → translation key).
 */
public class AttractionInvalid extends RuleViolation {

    private final Map<String, String> fieldErrors;

    public AttractionInvalid(Map<String, String> fieldErrors) {
        super("attraction.invalid");
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
