package org.comptoir.survey;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A kiosk: the desk it answers for, who started it and when, until when it works, and when it was ended. */
public record KioskDetails(
        long id,
        long deskId,
        String startedBy,
        Instant startedAt,
        Instant expiresAt,
        @Nullable Instant endedAt,
        @Nullable String endedBy) {

    /** Whether it takes answers at this moment: not ended, not expired. */
    public boolean activeAt(Instant now) {
        return endedAt == null && now.isBefore(expiresAt);
    }
}
