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

    private AppRoles() {
    }
}
