package org.comptoir;

import java.util.function.Supplier;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs a piece of a test as another signed-in person, then restores who was signed in. */
public final class TestUsers {

    private TestUsers() {}

    /** The reason test histories give for dating interactions in past years (VisitService.save with a reason). */
    public static final String HISTORY_REASON = "test history";

    public static <T> T as(String username, String role, Supplier<T> action) {
        return as(username, action, role);
    }

    /**
     * Runs as a counsellor who may also date interactions years back (a director's right, with
     * {@link #HISTORY_REASON}): the interactions of a test history keep the counsellor's name.
     */
    public static <T> T asHistoryWriter(String username, Supplier<T> action) {
        return as(username, action, "COUNSELLOR", "DIRECTOR");
    }

    private static <T> T as(String username, Supplier<T> action, String... roles) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        var authorities = new String[roles.length];
        for (int i = 0; i < roles.length; i++) {
            authorities[i] = "ROLE_" + roles[i];
        }
        context.setAuthentication(new TestingAuthenticationToken(username, "", authorities));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void as(String username, String role, Runnable action) {
        as(username, role, () -> {
            action.run();
            return null;
        });
    }
}
