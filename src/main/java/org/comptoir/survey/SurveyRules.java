package org.comptoir.survey;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What an answer must hold: the overall satisfaction (1–5); the welcome and the usefulness of the information
 * (1–5) and the recommendation (0–10) when given; a comment of at most {@link SurveyAnswerDraft#MAX_COMMENT}
 * characters. The comment is kept as plain text: control characters other than line breaks and tabs go, line
 * breaks become {@code \n}, and nothing in it is ever read as HTML.
 */
final class SurveyRules {

    static final String SATISFACTION_REQUIRED = "invalid.satisfaction";
    static final String OUT_OF_RANGE = "invalid.range";
    static final String COMMENT_TOO_LONG = "invalid.comment";

    private SurveyRules() {}

    /** What is wrong with each field (field → key of the survey's words); empty when the draft can be kept. */
    static Map<String, String> check(SurveyAnswerDraft draft) {
        var errors = new LinkedHashMap<String, String>();
        if (draft.satisfaction() == null) {
            errors.put("satisfaction", SATISFACTION_REQUIRED);
        } else if (!within(draft.satisfaction(), 1, 5)) {
            errors.put("satisfaction", OUT_OF_RANGE);
        }
        if (draft.welcome() != null && !within(draft.welcome(), 1, 5)) {
            errors.put("welcome", OUT_OF_RANGE);
        }
        if (draft.usefulness() != null && !within(draft.usefulness(), 1, 5)) {
            errors.put("usefulness", OUT_OF_RANGE);
        }
        if (draft.recommend() != null && !within(draft.recommend(), 0, 10)) {
            errors.put("recommend", OUT_OF_RANGE);
        }
        var comment = comment(draft.comment());
        if (comment != null && length(comment) > SurveyAnswerDraft.MAX_COMMENT) {
            errors.put("comment", COMMENT_TOO_LONG);
        }
        return errors;
    }

    /** The comment as kept: plain text, line breaks as {@code \n}, stripped; null when nothing is left. */
    static @Nullable String comment(@Nullable String comment) {
        if (comment == null) {
            return null;
        }
        var text = new StringBuilder(Math.min(comment.length(), 4 * SurveyAnswerDraft.MAX_COMMENT));
        var normalised = comment.replace("\r\n", "\n").replace('\r', '\n');
        normalised.codePoints().forEach(c -> {
            if (c == '\n' || c == '\t' || !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT) {
                text.appendCodePoint(c);
            }
        });
        var stripped = text.toString().strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** Characters as a person counts them (and as the database's column does): code points. */
    static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    private static boolean within(int value, int low, int high) {
        return value >= low && value <= high;
    }
}
