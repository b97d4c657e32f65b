package org.comptoir.contact;

import org.comptoir.security.AppRoles;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The person signed in, as the services of this feature check them. */
final class CurrentUser {

    static final String STAFF = "hasAnyRole('COUNSELLOR', 'DIRECTOR', 'ADMIN')";
    static final String MANAGERS = "hasAnyRole('DIRECTOR', 'ADMIN')";

    private CurrentUser() {
    }

    static String name() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            throw new IllegalStateException("no one is signed in");
        }
        return authentication.getName();
    }

    /** Directors and admins see everyone's follow-ups and contacts; counsellors their own. */
    static boolean isManager() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.equals("ROLE_" + AppRoles.DIRECTOR) || a.equals("ROLE_" + AppRoles.ADMIN));
    }
}
