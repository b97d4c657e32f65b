package org.comptoir.contact;

import java.util.Map;
import org.comptoir.base.RuleViolation;

/**
 * Contact details the service refuses, with what is wrong with each field (field → translation key).
 * The message names no value the person typed.
 */
public class ContactInvalid extends RuleViolation {

    private final Map<String, String> fieldErrors;

    public ContactInvalid(Map<String, String> fieldErrors) {
        super("contact.invalid");
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
