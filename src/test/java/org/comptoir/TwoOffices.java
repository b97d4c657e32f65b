package org.comptoir;

import java.util.List;
import org.comptoir.reference.ListItemDraft;
import org.comptoir.reference.ListKind;
import org.comptoir.reference.OfficeService;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.report.aggregate.ReportAggregates;
import org.comptoir.security.AppRoles;
import org.comptoir.security.CurrentUser;
import org.comptoir.visit.InteractionDetails;
import org.comptoir.visit.Interactions;
import org.comptoir.visit.VisitService;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A second office with a desk of its own beside the test database's first office (issue 16), for the tests of
 * what crosses offices; {@link #remove} takes it away with what the named counsellors recorded, so that the other
 * tests find one office again.
 */
public record TwoOffices(long officeA, long deskA, long officeB, long deskB) {

    public static TwoOffices create(OfficeService offices, ReferenceListService lists) {
        return CurrentUser.asAdmin("test", () -> {
            var officeA = offices.offices().getFirst().id();
            var deskA = offices.desks(officeA).stream()
                    .filter(d -> d.active())
                    .findFirst()
                    .orElseThrow()
                    .id();
            var officeB = offices.save(null, 0, "Office B (test)").id();
            var deskB = lists.save(ListKind.DESK, new ListItemDraft(null, 0, "OFFICE_B_TEST", "Bureau B", "Desk B", 99))
                    .id();
            offices.assignDesk(deskB, officeB);
            return new TwoOffices(officeA, deskA, officeB, deskB);
        });
    }

    /** The same, on the application's beans. */
    public static TwoOffices create(ApplicationContext context) {
        return create(context.getBean(OfficeService.class), context.getBean(ReferenceListService.class));
    }

    /** An interaction a counsellor of office B records at office B's desk. */
    public InteractionDetails recordAtB(ApplicationContext context, String counsellor, Interactions.Builder draft) {
        return record(context, officeB, deskB, counsellor, draft);
    }

    /** An interaction a counsellor of office A records at office A's desk. */
    public InteractionDetails recordAtA(ApplicationContext context, String counsellor, Interactions.Builder draft) {
        return record(context, officeA, deskA, counsellor, draft);
    }

    private static InteractionDetails record(
            ApplicationContext context, long office, long desk, String counsellor, Interactions.Builder draft) {
        var visits = context.getBean(VisitService.class);
        return TestUsers.inOffice(
                office,
                counsellor,
                AppRoles.COUNSELLOR,
                () -> visits.save(draft.deskId(desk).build()));
    }

    /** {@link #remove(JdbcTemplate, ReportAggregates, List)} on the application's beans. */
    public void remove(ApplicationContext context, List<String> counsellors) {
        remove(context.getBean(JdbcTemplate.class), context.getBean(ReportAggregates.class), counsellors);
    }

    /**
     * Deletes office B, its desk, and the interactions of these counsellors with their contacts, follow-ups and
     * mails, and the API tokens of its desk; the aggregates forget them.
     */
    public void remove(JdbcTemplate jdbc, ReportAggregates aggregates, List<String> counsellors) {
        var names =
                String.join(", ", counsellors.stream().map(c -> "'" + c + "'").toList());
        var made = "SELECT id FROM interaction WHERE counsellor IN (" + names + ")";
        var followUps = "SELECT id FROM follow_up WHERE interaction_id IN (" + made + ")";
        var contacts = "SELECT id FROM contact WHERE interaction_id IN (" + made + ")";
        jdbc.update(
                "DELETE FROM mail_log WHERE follow_up_id IN (" + followUps + ") OR contact_id IN (" + contacts + ")");
        jdbc.update("DELETE FROM follow_up_event WHERE follow_up_id IN (" + followUps + ")");
        jdbc.update("DELETE FROM follow_up WHERE interaction_id IN (" + made + ")");
        jdbc.update("DELETE FROM contact WHERE interaction_id IN (" + made + ")");
        jdbc.update("DELETE FROM interaction_audit WHERE interaction_id IN (" + made + ")");
        jdbc.update("DELETE FROM interaction WHERE id IN (SELECT id FROM (" + made + ") m)");
        aggregates.rebuild();
        var tokens = "SELECT id FROM api_token WHERE desk_id = ?";
        jdbc.update("DELETE FROM api_idempotency WHERE token_id IN (SELECT id FROM (" + tokens + ") t)", deskB);
        jdbc.update("DELETE FROM api_token WHERE desk_id = ?", deskB);
        jdbc.update("DELETE FROM desk_quick_question WHERE desk_id = ?", deskB);
        jdbc.update("DELETE FROM desk WHERE id = ?", deskB);
        jdbc.update("DELETE FROM app_user_office WHERE office_id = ?", officeB);
        jdbc.update("DELETE FROM office WHERE id = ?", officeB);
        // every instance reads the desks' offices again (decision 0035)
        jdbc.update("UPDATE cache_version SET version = version + 1 WHERE name = 'desks'");
    }
}
