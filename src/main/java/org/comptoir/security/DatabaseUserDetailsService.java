package org.comptoir.security;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The users table for sign-in ({@link LockingAuthenticationProvider} counts the attempts). A disabled
 * account is answered as an unknown name: "wrong user name or password", with the same time spent on
 * a password check, so that nobody learns which accounts exist or are disabled.
 */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;

    DatabaseUserDetailsService(AppUserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        var found = users.findByUsername(LoginLockout.normalize(username))
                .filter(AppUser::isEnabled)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user name"));
        return User.withUsername(found.getUsername())
                .password(found.getPasswordHash())
                .authorities(CurrentUser.authorities(found.getRoles(), found.getOfficeIds()))
                .build();
    }
}
