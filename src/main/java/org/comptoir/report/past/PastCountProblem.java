package org.comptoir.report.past;

import java.util.List;

/** Why a row, or the whole file, is refused: a translation key ({@code past.reason.*}, {@code past.file.*}) and its arguments. */
public record PastCountProblem(String key, List<String> args) {

    /** Turns keys into words: a view's {@code getTranslation}, or a test's translator. */
    @FunctionalInterface
    public interface Translator {
        String get(String key, Object... args);
    }

    public PastCountProblem {
        args = List.copyOf(args);
    }

    public static PastCountProblem of(String key, Object... args) {
        return new PastCountProblem(
                key, List.of(args).stream().map(String::valueOf).toList());
    }

    public String text(Translator translator) {
        return translator.get(key, args.toArray());
    }
}
