package org.comptoir.suggestion;

import java.util.List;

/**
 * Why an attraction is suggested, as a translation key and its arguments, so that each screen and
 * sheet says it in its own language ("hiking + family · 25 min · open today").
 */
public record Reason(String key, List<Object> arguments) {

    /** Closed on the visitor's day; its one argument, when there is one, is the next opening day. */
    public static final String CLOSED = "suggestion.reason.closed";

    public Reason {
        arguments = List.copyOf(arguments);
    }

    static Reason of(String key, Object... arguments) {
        return new Reason(key, List.of(arguments));
    }
}
