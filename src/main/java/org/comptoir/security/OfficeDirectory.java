package org.comptoir.security;

import java.util.List;
import java.util.Optional;

/**
 * The offices of the network and their desks. Implemented by the reference lists, which own the desks; declared
 * here so that users can belong to offices and the services can scope their reads without security depending on
 * them (as {@link DeskDirectory}).
 */
public interface OfficeDirectory {

    /** An office as a user form shows it. */
    record OfficeOption(long id, String name) {}

    List<OfficeOption> allOffices();

    /** The office a desk belongs to; empty for an unknown desk. */
    Optional<Long> officeOfDesk(long deskId);

    /** The first office: where a user without a desk goes by default, the only one of a single-office install. */
    long firstOffice();

    /**
     * The name a suggestion sheet or a mail made at this desk is signed with: its office's when the network has
     * several offices, else {@code single} (the configured {@code COMPTOIR_OFFICE_NAME}, as before offices).
     */
    String signature(long deskId, String single);
}
