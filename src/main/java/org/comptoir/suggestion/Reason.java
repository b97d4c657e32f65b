package org.comptoir.suggestion;

import java.util.List;

/**
 * Why an attraction is suggested, as a translation key and its arguments, so that each screen and
 * sheet says it in its own language ("hiking + family · 25 min · open today").
 */
public record Reason(String key, List<Object> arguments) {

    public Reason {
        arguments = List.copyOf(arguments);
    }

    static Reason of(String key, Object... arguments) {
        return new Reason(key, List.of(arguments));
    }
}
