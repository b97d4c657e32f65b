package org.comptoir.base;

import java.time.Duration;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Comptoir's own settings ({@code comptoir.*}, or {@code COMPTOIR_*} environment variables).
 *
 * @param demo            demo mode: demo users and data, listed on the login page. Never in production.
 * @param adminPassword   password of the first admin, created on a production database that has no user yet
 * @param officeName      the tourist office's name, shown in the shell and on printed sheets
 * @param timeZone        the office's time zone: what "today" means at the desk
 * @param loginMaxFailures failed logins in a row before a user name is locked
 * @param loginLockDuration how long a locked user name stays locked
 */
@ConfigurationProperties("comptoir")
public record ComptoirProperties(
        boolean demo,
        @Nullable String adminPassword,
        String officeName,
        ZoneId timeZone,
        int loginMaxFailures,
        Duration loginLockDuration) {

    public ComptoirProperties {
        if (officeName == null || officeName.isBlank()) {
            officeName = "Office de tourisme";
        }
        if (timeZone == null) {
            timeZone = ZoneId.of("Europe/Paris");
        }
        if (loginMaxFailures <= 0) {
            loginMaxFailures = 5;
        }
        if (loginLockDuration == null) {
            loginLockDuration = Duration.ofMinutes(15);
        }
    }
}
