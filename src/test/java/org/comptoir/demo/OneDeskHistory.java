package org.comptoir.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.comptoir.TestUsers;
import org.comptoir.attraction.AttractionService;
import org.comptoir.reference.ListKind;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.security.AppRoles;
import org.comptoir.visit.InteractionBulkWriter;

/** The demo history (seed 42, two counsellors) generated at one desk of a test's own, 2018 to {@code to}. */
final class OneDeskHistory {

    private OneDeskHistory() {}

    static void write(
            ReferenceListService lists,
            AttractionService attractions,
            InteractionBulkWriter writer,
            long desk,
            int size,
            LocalDate to) {
        TestUsers.as("admin", AppRoles.ADMIN, () -> {
            var references = new DemoReferences(
                    desk,
                    null,
                    null,
                    Map.of(desk, List.of("amelie", "bastien")),
                    lists.idsByCode(ListKind.INTEREST),
                    lists.idsByCode(ListKind.QUESTION),
                    attractions.active().stream()
                            .map(a -> new DemoReferences.Pickable(a.id(), a.interestIds(), a.monthsOpen()))
                            .toList());
            // the writer's event has the aggregates rebuilt
            writer.write(new DemoHistory(42, size, LocalDate.of(2018, 1, 1), to, references).rows());
            return null;
        });
    }
}
