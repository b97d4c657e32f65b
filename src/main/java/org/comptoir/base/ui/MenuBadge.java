package org.comptoir.base.ui;

import java.util.Locale;
import java.util.Optional;

/**
 * A count shown next to a menu entry (open follow-ups, for one). Spring beans; the shell asks each one
 * for the entries the signed-in person sees, on every navigation.
 */
public interface MenuBadge {

    /** The route path of the menu entry, as in {@code @Route} ("follow-ups"). */
    String path();

    /** The badge for the signed-in person, or nothing to show. */
    Optional<Badge> badge(Locale locale);

    /**
     * @param count       the number shown
     * @param urgent      shown highlighted (something is overdue)
     * @param description what the number means, for screen readers and the tooltip
     */
    record Badge(long count, boolean urgent, String description) {}
}
