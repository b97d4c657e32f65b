package org.comptoir.attraction.datatourisme;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The import's settings that belong to the installation rather than to the admin's screen
 * ({@code comptoir.import.*}, or {@code COMPTOIR_IMPORT_*}).
 *
 * @param maxBytes    the largest file uploaded or feed downloaded (200 MB): a larger one is refused, unread
 * @param feedAlertTo who is e-mailed when a run stops (an admins' address); nobody when blank or mail is not set up
 */
@ConfigurationProperties("comptoir.import")
public record ImportLimits(DataSize maxBytes, @Nullable String feedAlertTo) {

    public static final DataSize DEFAULT_MAX = DataSize.ofMegabytes(200);

    public ImportLimits {
        if (maxBytes == null || maxBytes.toBytes() <= 0) {
            maxBytes = DEFAULT_MAX;
        }
        feedAlertTo = feedAlertTo == null || feedAlertTo.isBlank() ? null : feedAlertTo.strip();
    }
}
