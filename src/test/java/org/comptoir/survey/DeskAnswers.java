package org.comptoir.survey;

import java.util.List;
import org.comptoir.TestUsers;
import org.comptoir.security.AppRoles;

/** The answers kept for one desk, read as a director: what the survey's tests check. */
public final class DeskAnswers {

    private DeskAnswers() {}

    public static List<SurveyAnswer> of(SurveyService surveys, long desk) {
        return TestUsers.as("director", AppRoles.DIRECTOR, () -> surveys.answers(desk, false, 0, 1000)).stream()
                .map(SurveyAnswerDetails::answer)
                .toList();
    }
}
