package org.comptoir.survey;

import java.util.Map;
import org.comptoir.base.RuleViolation;

/**
 * An answer refused for what it holds, with what is wrong with each field (field name → key of the survey's words,
 * {@link SurveyWords}). Nothing was kept.
 */
public class SurveyInvalid extends RuleViolation {

    private final Map<String, String> fieldErrors;

    SurveyInvalid(Map<String, String> fieldErrors) {
        super("survey.invalid");
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
