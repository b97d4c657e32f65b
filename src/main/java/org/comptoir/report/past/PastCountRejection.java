package org.comptoir.report.past;

import java.util.List;

/**
 * Rows the import refuses, and why: one row ({@code rows} 1, its cells as read), or every row of a desk's
 * month that already holds logged interactions or an earlier import ({@code rows} of them, from {@code line}).
 */
public record PastCountRejection(int line, int rows, String cells, List<PastCountProblem> problems) {

    public PastCountRejection {
        problems = List.copyOf(problems);
    }

    /** The reasons in words, "; " between them. */
    public String text(PastCountProblem.Translator translator) {
        return String.join(" ; ", problems.stream().map(p -> p.text(translator)).toList());
    }
}
