package org.comptoir.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * Ends a person's sessions when an admin takes rights away (disables them, removes a role, resets their
 * password): each is marked expired, and its next request signs out and lands on the login page
 * ({@code SecurityConfiguration}). Nothing to end in the command-line import, which has no web sessions.
 */
@Component
class SignedInSessions {

    private final ObjectProvider<SessionRegistry> registry;

    SignedInSessions(ObjectProvider<SessionRegistry> registry) {
        this.registry = registry;
    }

    void expire(String username) {
        registry.ifAvailable(sessions -> sessions.getAllPrincipals().stream()
                .filter(principal -> username.equals(name(principal)))
                .flatMap(principal -> sessions.getAllSessions(principal, false).stream())
                .forEach(session -> session.expireNow()));
    }

    private static String name(Object principal) {
        return principal instanceof UserDetails details ? details.getUsername() : String.valueOf(principal);
    }
}
