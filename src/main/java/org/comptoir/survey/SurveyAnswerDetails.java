package org.comptoir.survey;

/** A kept answer, as the directors' list shows it. */
public record SurveyAnswerDetails(long id, SurveyAnswer answer) {}
