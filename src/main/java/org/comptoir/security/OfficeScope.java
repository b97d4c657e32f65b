package org.comptoir.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What the signed-in person may read and change, office-wise (decision 0030): the desks of the offices they work
 * for. The network director, and the system acting for itself (start-up, retention), reach every desk. Someone
 * signed in without an office (none is stored for them) is held to the first office: never to every office.
 * The services ask it before every read and write of interactions, so that no view can forget it.
 */
@Component
public class OfficeScope {

    private final DeskOffices offices;

    OfficeScope(DeskOffices offices) {
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

    /**
     * The desks a figure asked of one desk ({@code deskId}) or of all (null) may count: that desk when within reach,
     * else none; every desk within reach. Empty for every desk of the network.
     */
    public Optional<Set<Long>> narrowed(@Nullable Long deskId) {
        if (deskId == null) {
            return desks();
        }
        return Optional.of(reaches(deskId) ? Set.of(deskId) : Set.of());
    }

    /** The desks asked for (empty: every desk), held to those the signed-in person may reach. */
    public Optional<Set<Long>> narrowed(Optional<Set<Long>> asked) {
        var mine = desks();
        if (asked.isEmpty()) {
            return mine;
        }
        return Optional.of(
                mine.map(m -> asked.get().stream().filter(m::contains).collect(Collectors.toSet()))
                        .orElse(asked.get()));
    }

    /**
     * Named parameters for {@code (:everyDesk or desk_id in (:desks))}: SQL of plain JDBC reads that count desks'
     * rows. {@code desks} never empty (an id no desk has when none is reached).
     */
    public static Map<String, Object> sqlDesks(Optional<Set<Long>> desks) {
        return Map.of(
                "everyDesk", desks.isEmpty(),
                "desks",
                        desks.filter(d -> !d.isEmpty())
                                .<List<Long>>map(List::copyOf)
                                .orElse(List.of(-1L)));
    }

    /** Whether an interaction, a contact or a follow-up made at this desk is within the signed-in person's reach. */
    public boolean reaches(long deskId) {
        return desks().map(desks -> desks.contains(deskId)).orElse(true);
    }
}
