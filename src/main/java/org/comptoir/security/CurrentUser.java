package org.comptoir.security;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The person signed in, as the services check them, and the system acting as an admin. */
public final class CurrentUser {

    private CurrentUser() {}

    /** The signed-in user name; "" when no one is signed in. */
    public static String name() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var name = authentication == null ? null : authentication.getName();
        return name == null ? "" : name;
    }

    /** Directors and admins see and change everyone's records; counsellors their own. */
    public static boolean isManager() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(a -> a.equals("ROLE_" + AppRoles.DIRECTOR) || a.equals("ROLE_" + AppRoles.ADMIN));
    }

    /**
     * Runs start-up or command-line code as an admin named {@code who}: whoever can start the application
     * owns its data. Who was signed in before is restored afterwards.
     */
    public static <T> T asAdmin(String who, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                who, null, List.of(new SimpleGrantedAuthority("ROLE_" + AppRoles.ADMIN))));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
