package org.comptoir.security;

import java.util.List;

/**
 * The roles of Comptoir. A user may hold several.
 */
public final class AppRoles {

    /** Logs visitor interactions at the desk and hands out suggestions. */
    public static final String COUNSELLOR = "COUNSELLOR";
    /** Reads and exports the reports. */
    public static final String DIRECTOR = "DIRECTOR";
    /** Manages users, reference lists and the attraction database. */
    public static final String ADMIN = "ADMIN";

    /** The network director: reads every office's reports, consolidated and side by side (issue 16). */
    public static final String NETWORK = "NETWORK";

    public static final List<String> ALL = List.of(COUNSELLOR, DIRECTOR, ADMIN, NETWORK);

    // Who may call a service method: the only expressions a @PreAuthorize names (AppRolesTest checks it).

    /** Anyone, signed in or not: reference codes for loaders, desk names for the start-up code. */
    public static final String ANYONE = "permitAll()";
    /** Anyone signed in, whatever their roles. */
    public static final String SIGNED_IN = "isAuthenticated()";
    /** Anyone holding one of the roles. */
    public static final String STAFF =
            "hasAnyRole('" + COUNSELLOR + "', '" + DIRECTOR + "', '" + ADMIN + "', '" + NETWORK + "')";
    /**
     * Directors, network directors and admins: the reports, the history of every counsellor, everyone's follow-ups
     * (of their offices; the network director's are every office's).
     */
    public static final String MANAGERS = "hasAnyRole('" + DIRECTOR + "', '" + ADMIN + "', '" + NETWORK + "')";
    /** Admins only. */
    public static final String ADMINS = "hasRole('" + ADMIN + "')";

    private AppRoles() {}
}
