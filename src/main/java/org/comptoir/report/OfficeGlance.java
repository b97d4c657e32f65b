package org.comptoir.report;

import org.jspecify.annotations.Nullable;

/**
 * One office's month at a glance on the network director's home (issue 16); {@code officeId} and {@code office}
 * null: the network as a whole.
 */
public record OfficeGlance(
        @Nullable Long officeId, @Nullable String office, Glance glance) {

    public boolean network() {
        return officeId == null;
    }
}
