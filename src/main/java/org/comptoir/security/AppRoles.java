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

    public static final List<String> ALL = List.of(COUNSELLOR, DIRECTOR, ADMIN);

    // Who may call a service method: the only expressions a @PreAuthorize names (AppRolesTest checks it).

    /** Anyone, signed in or not: reference codes for loaders, desk names for the start-up code. */
    public static final String ANYONE = "permitAll()";
    /** Anyone signed in, whatever their roles. */
    public static final String SIGNED_IN = "isAuthenticated()";
    /** Anyone holding one of the three roles. */
    public static final String STAFF = "hasAnyRole('" + COUNSELLOR + "', '" + DIRECTOR + "', '" + ADMIN + "')";
    /** Directors and admins: the reports, the history of every counsellor, everyone's follow-ups. */
    public static final String MANAGERS = "hasAnyRole('" + DIRECTOR + "', '" + ADMIN + "')";
    /** Admins only. */
    public static final String ADMINS = "hasRole('" + ADMIN + "')";

    private AppRoles() {}
}
