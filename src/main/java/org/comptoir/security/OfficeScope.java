package org.comptoir.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What the signed-in person may read and change, office-wise (decision 0030): the desks of the offices they work
 * for. The network director, and the system acting for itself (start-up, retention), reach every desk. Someone
 * signed in without an office (none is stored for them) is held to the first office: never to every office.
 * The services ask it before every read and write of interactions, so that no view can forget it.
 */
@Component
public class OfficeScope {

    private final OfficeDirectory offices;

    OfficeScope(OfficeDirectory offices) {
        this.offices = offices;
    }

    /** The desks the signed-in person may reach; empty for every desk of the network. */
    public Optional<Set<Long>> desks() {
        if (CurrentUser.isNetwork() || CurrentUser.isSystem()) {
            return Optional.empty();
        }
        var mine = CurrentUser.offices();
        return Optional.of(offices.desksOf(mine.isEmpty() ? Set.of(offices.firstOffice()) : mine));
    }

    /** The desks of a list the signed-in person may reach: what their desk and filter fields offer. */
    public List<DeskDirectory.DeskOption> reachable(List<DeskDirectory.DeskOption> desks) {
        var reachable = desks();
        return reachable
                .map(mine -> desks.stream().filter(d -> mine.contains(d.id())).toList())
                .orElse(desks);
    }

    /** Whether an interaction, a contact or a follow-up made at this desk is within the signed-in person's reach. */
    public boolean reaches(long deskId) {
        return desks().map(desks -> desks.contains(deskId)).orElse(true);
    }
}
