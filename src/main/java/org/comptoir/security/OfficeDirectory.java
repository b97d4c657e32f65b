package org.comptoir.security;

import java.util.List;

/**
 * The offices of the network, by name. Implemented by the reference lists, which own them; declared here so that
 * users can belong to offices without security depending on them (as {@link DeskDirectory}). Which desk is in which
 * office, as the office checks ask it: {@link DeskOffices}.
 */
public interface OfficeDirectory {

    /** An office as a user form shows it. */
    record OfficeOption(long id, String name) {}

    List<OfficeOption> allOffices();

    /**
     * The name a suggestion sheet or a mail made at this desk is signed with: its office's when the network has
     * several offices, else {@code single} (the configured {@code COMPTOIR_OFFICE_NAME}, as before offices).
     */
    String signature(long deskId, String single);
}
