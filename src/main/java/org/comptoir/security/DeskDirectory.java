package org.comptoir.security;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The desks a user can be attached to. Implemented by the reference lists, which own the desks;
 * declared here so that users can name their desk without security depending on them.
 */
public interface DeskDirectory {

    /** A desk as a user form shows it. */
    record DeskOption(long id, String name) {}

    List<DeskOption> activeDesks(Locale locale);

    Optional<DeskOption> find(long id, Locale locale);
}
