package org.comptoir;

import java.util.List;
import java.util.function.Supplier;
import org.comptoir.security.CurrentUser;
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

    /** Runs as someone working for the given office, as signing in makes them (decision 0030). */
    public static <T> T inOffice(long office, String username, String role, Supplier<T> action) {
        return as(username, action, List.of(CurrentUser.OFFICE_PREFIX + office), role);
    }

    private static <T> T as(String username, Supplier<T> action, String... roles) {
        return as(username, action, List.of(), roles);
    }

    private static <T> T as(String username, Supplier<T> action, List<String> others, String... roles) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        var authorities = new String[roles.length + others.size()];
        for (int i = 0; i < roles.length; i++) {
            authorities[i] = "ROLE_" + roles[i];
        }
        for (int i = 0; i < others.size(); i++) {
            authorities[roles.length + i] = others.get(i);
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
