package org.comptoir.report.past;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The past-counts import's bound ({@code comptoir.past-counts.max-bytes}, {@code COMPTOIR_PASTCOUNTS_MAXBYTES}): a
 * larger upload is refused unread. Nine years of monthly counts by desk, country and channel fit in a few MB.
 */
@ConfigurationProperties("comptoir.past-counts")
public record PastCountLimits(DataSize maxBytes) {

    public static final DataSize DEFAULT_MAX = DataSize.ofMegabytes(50);

    public PastCountLimits {
        if (maxBytes == null || maxBytes.toBytes() <= 0) {
            maxBytes = DEFAULT_MAX;
        }
    }
}
