package org.comptoir.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in settings besides the per-name lock of {@code ComptoirProperties} ({@code comptoir.login.*}).
 *
 * @param addressMaxFailures failed logins in a row from one address before that address waits for the lock
 *                           duration (20 unless set): one address trying many names is stopped too
 * @param firstAdmin         user name of the first admin of a production database ({@code COMPTOIR_ADMIN_USERNAME},
 *                           {@code admin} unless set)
 */
@ConfigurationProperties("comptoir.login")
public record LoginSettings(int addressMaxFailures, String firstAdmin) {

    public LoginSettings {
        if (addressMaxFailures <= 0) {
            addressMaxFailures = 20;
        }
        if (firstAdmin == null || firstAdmin.isBlank()) {
            firstAdmin = "admin";
        }
        firstAdmin = LoginLockout.normalize(firstAdmin);
    }
}
