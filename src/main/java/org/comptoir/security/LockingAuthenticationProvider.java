package org.comptoir.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Sign-in with a user name and password, counted by {@link LoginLockout} before the password is
 * checked: an attempt past the name's or the address's limit is refused whatever its password, so that
 * a burst of parallel guesses cannot slip through between counting and locking.
 */
@Component
class LockingAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginLockout lockout;

    LockingAuthenticationProvider(
            DatabaseUserDetailsService users, PasswordEncoder passwordEncoder, LoginLockout lockout) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(passwordEncoder);
        this.lockout = lockout;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var address =
                authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        if (lockout.countAttempt(authentication.getName(), address)) {
            throw new LockedException("too many failed sign-ins");
        }
        var signedIn = passwords.authenticate(authentication);
        lockout.recordSuccess(authentication.getName(), address);
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
