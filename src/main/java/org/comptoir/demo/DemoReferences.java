package org.comptoir.demo;

import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The ids the generator needs from the database, so that it can stay a pure function of its seed.
 *
 * @param mainDesk     the main desk, open all year; phone, e-mail, letters and outside events are logged there
 * @param summitDesk   the seasonal info point on the summit of the puy de Dôme (April–October), if any
 * @param spaDesk      the Royat-Chamalières desk, if any
 * @param teams        the counsellors' user names per desk id
 * @param interests    interest code → id
 * @param questions    question topic code → id
 * @param attractions  the active attractions the counsellors pick from
 */
record DemoReferences(
        long mainDesk,
        @Nullable Long summitDesk,
        @Nullable Long spaDesk,
        Map<Long, List<String>> teams,
        Map<String, Long> interests,
        Map<String, Long> questions,
        List<Pickable> attractions) {

    /** What a pick needs to know about an attraction. */
    record Pickable(long id, Set<Long> interestIds, Set<Month> monthsOpen) {}

    List<String> team(long deskId) {
        var team = teams.get(deskId);
        return team == null || team.isEmpty() ? teams.getOrDefault(mainDesk, List.of("counsellor")) : team;
    }
}
