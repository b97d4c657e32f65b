package org.comptoir.security;

import java.util.Optional;
import java.util.Set;

/**
 * Which office each desk belongs to: what {@link OfficeScope} asks before every read and write of interactions,
 * and a save of the desk it names. Implemented by the reference lists, which own desks and offices, from memory
 * (decision 0035); declared here so that the office checks do not depend on them.
 */
public interface DeskOffices {

    /** Whether the desk exists (retired ones too). */
    boolean exists(long deskId);

    /** The office a desk belongs to; empty for an unknown desk. */
    Optional<Long> officeOf(long deskId);

    /** Every desk of the network, retired ones too. */
    Set<Long> everyDesk();

    /** Every desk (retired ones too) of the given offices. */
    Set<Long> desksOf(Set<Long> officeIds);

    /** The first office: where a user without a desk goes by default, the only one of a single-office install. */
    long firstOffice();
}
