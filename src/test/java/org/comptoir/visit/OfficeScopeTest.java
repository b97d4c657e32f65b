package org.comptoir.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.comptoir.ComptoirTest;
import org.comptoir.TestUsers;
import org.comptoir.TwoOffices;
import org.comptoir.base.RuleViolation;
import org.comptoir.followup.FollowUpDetails;
import org.comptoir.followup.FollowUpDraft;
import org.comptoir.followup.FollowUpKind;
import org.comptoir.followup.FollowUpService;
import org.comptoir.reference.OfficeService;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.report.aggregate.ReportAggregates;
import org.comptoir.security.AppRoles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Two offices (issue 16, decision 0030): the people of office A never see, find, change or record office B's
 * interactions; the network director sees both. Office B and its desk are made for the test and taken away after.
 */
@ComptoirTest
class OfficeScopeTest {

    @Autowired
    VisitService visits;

    @Autowired
    OfficeService offices;

    @Autowired
    FollowUpService followUps;

    @Autowired
    ReferenceListService lists;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReportAggregates aggregates;

    long officeA;
    long officeB;
    long deskA;
    long deskB;
    TwoOffices two;

    @BeforeEach
    void twoOffices() {
        two = TwoOffices.create(offices, lists);
        officeA = two.officeA();
        officeB = two.officeB();
        deskA = two.deskA();
        deskB = two.deskB();
    }

    @AfterEach
    void onlyOneOfficeAgain() {
        two.remove(jdbc, aggregates, List.of("anna", "bea"));
    }

    @Test
    void a_counsellor_of_office_a_neither_finds_nor_changes_nor_records_office_b_interactions() {
        var ofB = TestUsers.inOffice(
                officeB,
                "bea",
                AppRoles.COUNSELLOR,
                () -> visits.save(Interactions.draft().deskId(deskB).adults(2).build()));
        assertThat(TestUsers.inOffice(officeB, "bea", AppRoles.COUNSELLOR, () -> visits.find(ofB.id())))
                .isPresent();

        TestUsers.inOffice(officeA, "anna", AppRoles.COUNSELLOR, () -> {
            assertThat(visits.find(ofB.id()))
                    .as("another office's interaction is not found")
                    .isEmpty();
            assertThat(visits.today(deskB, Pageable.ofSize(50))).isEmpty();
            assertThat(visits.maySee(ofB)).isFalse();
            assertThat(visits.mayChange(ofB)).isFalse();
            assertThatThrownBy(() -> visits.delete(ofB.id(), ofB.version()))
                    .isInstanceOf(RuleViolation.class)
                    .hasMessageContaining("interaction.not-found");
            assertThatThrownBy(() -> visits.save(
                            Interactions.draft().deskId(deskB).adults(1).build()))
                    .isInstanceOf(AccessDeniedException.class);
            return null;
        });
        assertThat(TestUsers.inOffice(officeB, "bea", AppRoles.COUNSELLOR, () -> visits.find(ofB.id())))
                .as("still there, unchanged")
                .hasValueSatisfying(i -> assertThat(i.version()).isEqualTo(ofB.version()));
    }

    @Test
    void a_director_reads_the_history_of_their_office_and_the_network_director_of_every_office() {
        var ofB = TestUsers.inOffice(
                officeB,
                "bea",
                AppRoles.COUNSELLOR,
                () -> visits.save(Interactions.draft().deskId(deskB).adults(3).build()));
        var ofA = TestUsers.inOffice(
                officeA,
                "anna",
                AppRoles.COUNSELLOR,
                () -> visits.save(Interactions.draft().deskId(deskA).adults(1).build()));
        var day = ofB.occurredAt().toLocalDate();
        var today = new HistoryFilter(day, day, null, null, null, null, null);
        var deskBOnly = new HistoryFilter(day, day, deskB, null, null, null, null);

        TestUsers.inOffice(officeA, "director", AppRoles.DIRECTOR, () -> {
            var seen = visits.history(today, Pageable.ofSize(500))
                    .map(InteractionDetails::id)
                    .getContent();
            assertThat(seen).contains(ofA.id()).doesNotContain(ofB.id());
            assertThat(visits.historyCount(deskBOnly)).isZero();
            assertThat(visits.find(ofB.id())).isEmpty();
            assertThat(visits.audit(ofB.id())).isEmpty();
            assertThatThrownBy(() -> visits.delete(ofB.id(), ofB.version())).isInstanceOf(RuleViolation.class);
            return null;
        });
        TestUsers.inOffice(officeA, "network", AppRoles.NETWORK, () -> {
            var seen = visits.history(today, Pageable.ofSize(500))
                    .map(InteractionDetails::id)
                    .getContent();
            assertThat(seen).contains(ofA.id(), ofB.id());
            assertThat(visits.historyCount(deskBOnly)).isOne();
            assertThat(visits.find(ofB.id())).isPresent();
            return null;
        });
    }

    @Test
    void a_director_of_office_a_neither_lists_nor_opens_office_b_follow_ups_and_the_network_director_does() {
        var ofB = TestUsers.inOffice(
                officeB,
                "bea",
                AppRoles.COUNSELLOR,
                () -> visits.save(Interactions.draft().deskId(deskB).adults(2).build()));
        var followUp = TestUsers.inOffice(
                officeB,
                "bea",
                AppRoles.COUNSELLOR,
                () -> followUps.create(ofB.id(), null, new FollowUpDraft(FollowUpKind.values()[0], null, null, null)));

        TestUsers.inOffice(officeA, "director", AppRoles.DIRECTOR, () -> {
            assertThat(followUps
                            .open(null, Pageable.ofSize(500))
                            .map(FollowUpDetails::id)
                            .getContent())
                    .doesNotContain(followUp.id());
            assertThatThrownBy(() -> followUps.find(followUp.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> followUps.done(followUp.id(), followUp.version()))
                    .isInstanceOf(AccessDeniedException.class);
            return null;
        });
        TestUsers.inOffice(officeA, "network", AppRoles.NETWORK, () -> {
            assertThat(followUps
                            .open(null, Pageable.ofSize(500))
                            .map(FollowUpDetails::id)
                            .getContent())
                    .contains(followUp.id());
            assertThat(followUps.find(followUp.id())).isPresent();
            return null;
        });
    }
}
