package org.comptoir.visit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.comptoir.base.ComptoirProperties;
import org.comptoir.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * How far back an interaction may be dated: the recovery report compares with 2019, so an interaction
 * moved into a past year changes its reference. A counsellor logs the last {@code comptoir.desk.max-days-back}
 * days (7 unless set); a director or an admin any day since 2001, saying why, and the reason is audited.
 */
@Component
class BackDating {

    /** The oldest date anybody may give: nothing Comptoir reports on is older. */
    static final LocalDate OLDEST = LocalDate.of(2001, 1, 1);

    private final DeskSettings settings;
    private final Clock clock;
    private final ZoneId zone;

    BackDating(DeskSettings settings, Clock clock, ComptoirProperties properties) {
        this.settings = settings;
        this.clock = clock;
        this.zone = properties.timeZone();
    }

    /**
     * What is wrong with this date for the signed-in person, as a translation key; nothing when the date is
     * unchanged ({@code previous}, null for a new interaction) or recent enough.
     */
    Optional<String> problem(LocalDateTime occurredAt, @Nullable LocalDateTime previous, @Nullable String reason) {
        if (occurredAt.equals(previous)) {
            return Optional.empty();
        }
        if (occurredAt.toLocalDate().isBefore(OLDEST)) {
            return Optional.of("interaction.date.too-old");
        }
        var earliest = LocalDate.now(clock.withZone(zone)).minusDays(settings.maxDaysBack());
        if (!occurredAt.toLocalDate().isBefore(earliest)) {
            return Optional.empty();
        }
        if (!CurrentUser.isManager()) {
            return Optional.of("interaction.date.too-far-back");
        }
        return reason == null || reason.isBlank() ? Optional.of("interaction.date.reason-required") : Optional.empty();
    }
}
