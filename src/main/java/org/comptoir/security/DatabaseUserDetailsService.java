package org.comptoir.security;

import java.util.UUID;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs people in against the users table. A locked user name is refused before its password is
 * even checked: the sixth try fails even with the right password.
 */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;
    private final LoginLockout lockout;

    DatabaseUserDetailsService(AppUserRepository users, LoginLockout lockout) {
        this.users = users;
        this.lockout = lockout;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        var name = LoginLockout.normalize(username);
        var locked = lockout.isLocked(name);
        var user = users.findByUsername(name);
        if (user.isEmpty()) {
            if (locked) {
                // Same answer as for an existing name: the lock tells nothing about which names exist.
                return User.withUsername(name).password("{noop}" + UUID.randomUUID()).accountLocked(true).build();
            }
            throw new UsernameNotFoundException("unknown user name");
        }
        var found = user.get();
        return User.withUsername(found.getUsername())
                .password(found.getPasswordHash())
                .roles(found.getRoles().toArray(String[]::new))
                .disabled(!found.isEnabled())
                .accountLocked(locked)
                .build();
    }
}
