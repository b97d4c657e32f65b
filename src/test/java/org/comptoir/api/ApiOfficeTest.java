package org.comptoir.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.comptoir.ComptoirTest;
import org.comptoir.TestDesks;
import org.comptoir.TestUsers;
import org.comptoir.TwoOffices;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.security.AppRoles;
import org.comptoir.visit.InteractionDetails;
import org.comptoir.visit.Interactions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Over the API too, nothing crosses offices (issue 16, decision 0030): a token is bound to its desk's office, and
 * an office A token neither reads office B's interactions, one by one or in the history, nor counts them in a
 * report; office B's token does.
 */
@ComptoirTest
class ApiOfficeTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    ApplicationContext context;

    ApiClient api;
    TwoOffices two;
    InteractionDetails atB;

    @BeforeEach
    void anInteractionAtOfficeB() {
        api = new ApiClient(port);
        two = TwoOffices.create(context);
        atB = two.recordAtB(context, "bea", Interactions.draft().adults(4));
    }

    @AfterEach
    void onlyOneOfficeAgain() {
        two.remove(context, List.of("bea"));
    }

    @Test
    void an_office_a_token_neither_reads_nor_lists_office_b_interactions() {
        var everything = new ApiScope[] {ApiScope.INTERACTIONS_READ, ApiScope.REPORTS_READ};
        var ofA = ApiClient.token(tokens, two.deskA(), 1000, everything);
        var ofB = tokenOfB(everything);
        var day = atB.occurredAt().toLocalDate();
        var beas = "/api/v1/interactions?from=" + day + "&to=" + day + "&counsellor=bea";
        var atDeskB = "/api/v1/interactions?from=" + day + "&to=" + day + "&desk=" + two.deskB();

        assertThat(api.get("/api/v1/interactions/" + atB.id(), ofA).statusCode())
                .as("another office's interaction is not found")
                .isEqualTo(404);
        assertThat(ApiClient.json(api.get(beas, ofA)).get("items")).isEmpty();
        assertThat(ApiClient.json(api.get(atDeskB, ofA)).get("items")).isEmpty();

        assertThat(api.get("/api/v1/interactions/" + atB.id(), ofB).statusCode())
                .isEqualTo(200);
        assertThat(ApiClient.json(api.get(beas, ofB)).get("items")).hasSize(1);
        assertThat(ApiClient.json(api.get(atDeskB, ofB)).get("items")).hasSize(1);
    }

    @Test
    void an_office_a_tokens_report_counts_nothing_of_office_b() {
        var ofA = ApiClient.token(tokens, two.deskA(), 1000, ApiScope.REPORTS_READ);
        var ofB = tokenOfB(ApiScope.REPORTS_READ);
        var empty = TestDesks.create(context.getBean(ReferenceListService.class), "APIOFF", "Vide", "Empty");
        var month = atB.occurredAt().toLocalDate().withDayOfMonth(1).toString().substring(0, 7);
        var activity = "/api/v1/reports/activity?period=month&month=" + month + "&lang=en&desk=";

        var deskBSeenFromA = ApiClient.json(api.get(activity + two.deskB(), ofA))
                .get("report")
                .get("sections");
        var nothing =
                ApiClient.json(api.get(activity + empty, ofA)).get("report").get("sections");
        var deskBSeenFromB = ApiClient.json(api.get(activity + two.deskB(), ofB))
                .get("report")
                .get("sections");

        assertThat(deskBSeenFromA)
                .as("office B's desk counts nothing for office A")
                .isEqualTo(nothing);
        assertThat(deskBSeenFromB).isNotEqualTo(nothing);
    }

    @Test
    void an_admin_of_office_a_neither_makes_nor_lists_nor_revokes_a_token_of_office_b() {
        var ofB = TestUsers.inOffice(
                two.officeB(),
                "admin",
                AppRoles.ADMIN,
                () -> tokens.create(new ApiTokenDraft(
                                "office-b-" + System.nanoTime(), Set.of(ApiScope.REPORTS_READ), two.deskB(), 10, null))
                        .token());

        TestUsers.inOffice(two.officeA(), "admin", AppRoles.ADMIN, () -> {
            assertThatThrownBy(() -> tokens.create(new ApiTokenDraft(
                            "office-a-at-b-" + System.nanoTime(),
                            Set.of(ApiScope.INTERACTIONS_READ),
                            two.deskB(),
                            10,
                            null)))
                    .isInstanceOfSatisfying(
                            ApiTokenInvalid.class,
                            invalid -> assertThat(invalid.fieldErrors())
                                    .containsEntry("desk", "api.token.desk.other-office"));
            assertThat(tokens.list()).extracting(ApiTokenDetails::id).doesNotContain(ofB.id());
            assertThat(tokens.find(ofB.id())).isEmpty();
            assertThatThrownBy(() -> tokens.revoke(ofB.id())).isInstanceOf(ApiTokenInvalid.class);
            return null;
        });
        TestUsers.inOffice(two.officeB(), "admin", AppRoles.ADMIN, () -> {
            assertThat(tokens.list()).extracting(ApiTokenDetails::id).contains(ofB.id());
            assertThat(tokens.revoke(ofB.id()).id()).isEqualTo(ofB.id());
            return null;
        });
    }

    /** A token of office B's desk, made by office B's admin. */
    private String tokenOfB(ApiScope... scopes) {
        return TestUsers.inOffice(
                two.officeB(),
                "admin",
                AppRoles.ADMIN,
                () -> tokens.create(new ApiTokenDraft(
                                "office-b-" + System.nanoTime(), Set.of(scopes), two.deskB(), 1000, null))
                        .secret());
    }
}
