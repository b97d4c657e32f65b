package org.comptoir.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The person signed in, as the services check them, and the system acting as an admin. */
public final class CurrentUser {

    /** The authority naming an office the user works for: {@code OFFICE_12}. */
    public static final String OFFICE_PREFIX = "OFFICE_";

    /** The authority of the system acting for itself: it reaches every office. */
    static final String SYSTEM = "SYSTEM_EVERY_OFFICE";

    private CurrentUser() {}

    /** The signed-in user name; "" when no one is signed in. */
    public static String name() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var name = authentication == null ? null : authentication.getName();
        return name == null ? "" : name;
    }

    /** Directors and admins see and change everyone's records; counsellors their own. */
    public static boolean isManager() {
        return has("ROLE_" + AppRoles.DIRECTOR, "ROLE_" + AppRoles.ADMIN, "ROLE_" + AppRoles.NETWORK);
    }

    /**
     * The offices the signed-in user works for, as their authorities carry them ({@code OFFICE_<id>}, given at
     * sign-in from app_user_office). Empty for someone signed in without offices (the API, start-up code).
     */
    public static Set<Long> offices() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Set.of();
        }
        var offices = new TreeSet<Long>();
        for (var authority : authentication.getAuthorities()) {
            var name = authority.getAuthority();
            if (name != null && name.startsWith(OFFICE_PREFIX)) {
                offices.add(Long.parseLong(name.substring(OFFICE_PREFIX.length())));
            }
        }
        return offices;
    }

    /** Whether the signed-in user holds the network role: every office, consolidated and side by side. */
    public static boolean isNetwork() {
        return has("ROLE_" + AppRoles.NETWORK);
    }

    /** Whether the code runs as the system ({@link #asAdmin}): start-up, command line, nightly jobs. */
    public static boolean isSystem() {
        return has(SYSTEM);
    }

    /**
     * Whether the signed-in person holds one of these authorities. A plain loop: every service call asks it,
     * several times per save (decision 0035).
     */
    private static boolean has(String... wanted) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return false;
        }
        for (var authority : authentication.getAuthorities()) {
            var name = authority.getAuthority();
            for (var one : wanted) {
                if (one.equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The authorities of a user: their roles and their offices. */
    static List<GrantedAuthority> authorities(Set<String> roles, Set<Long> offices) {
        var authorities = new ArrayList<GrantedAuthority>();
        roles.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        offices.forEach(office -> authorities.add(new SimpleGrantedAuthority(OFFICE_PREFIX + office)));
        return authorities;
    }

    /**
     * Runs start-up or command-line code as an admin named {@code who}: whoever can start the application
     * owns its data. Who was signed in before is restored afterwards.
     */
    public static <T> T asAdmin(String who, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                who,
                null,
                List.of(new SimpleGrantedAuthority("ROLE_" + AppRoles.ADMIN), new SimpleGrantedAuthority(SYSTEM))));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
