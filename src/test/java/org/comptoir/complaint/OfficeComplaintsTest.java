package org.comptoir.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.comptoir.ComptoirTest;
import org.comptoir.TestUsers;
import org.comptoir.TwoOffices;
import org.comptoir.base.RuleViolation;
import org.comptoir.reference.OfficeService;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.report.aggregate.ReportAggregates;
import org.comptoir.security.AppRoles;
import org.comptoir.survey.SurveyDays;
import org.comptoir.survey.SurveyFigures;
import org.comptoir.survey.SurveyService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Two offices (decision 0030): a complaint, its visitor's details included, and a survey answer belong to the office
 * of their desk. Office A's director neither lists, opens, counts nor reports office B's; the network director
 * reads both.
 */
@ComptoirTest
class OfficeComplaintsTest {

    @Autowired
    ComplaintService complaints;

    @Autowired
    ComplaintFigures figures;

    @Autowired
    SurveyFigures survey;

    @Autowired
    SurveyService answers;

    @Autowired
    OfficeService offices;

    @Autowired
    ReferenceListService lists;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReportAggregates aggregates;

    TwoOffices two;

    @BeforeEach
    void twoOffices() {
        two = TwoOffices.create(offices, lists);
    }

    @AfterEach
    void onlyOneOfficeAgain() {
        var desks = List.of(two.deskA(), two.deskB());
        for (var desk : desks) {
            for (var table : List.of("complaint_event", "mail_log")) {
                jdbc.update(
                        "delete from " + table + " where complaint_id in (select id from complaint where desk_id = ?)",
                        desk);
            }
            jdbc.update("delete from complaint where desk_id = ?", desk);
            jdbc.update("delete from survey_answer where desk_id = ?", desk);
            jdbc.update("delete from survey_day where desk_id = ?", desk);
        }
        two.remove(jdbc, aggregates, List.of("dira", "dirb"));
    }

    private ComplaintDetails recordAtB() {
        return TestUsers.inOffice(
                two.officeB(),
                "dirb",
                AppRoles.DIRECTOR,
                () -> complaints.record(
                        ComplaintDraft.of(ComplaintKind.COMPLAINT, ComplaintCategory.WELCOME, "Accueil froid à B")
                                .atDesk(two.deskB())
                                .withContact(true, "Jeanne Visiteuse", "jeanne@example.org", null)));
    }

    @Test
    void office_a_neither_lists_nor_opens_nor_counts_office_b_complaints() {
        var atB = recordAtB();
        var today = atB.receivedOn();

        TestUsers.inOffice(two.officeA(), "dira", AppRoles.DIRECTOR, () -> {
            assertThat(complaints.list(List.of(), Pageable.ofSize(500)).getContent())
                    .extracting(ComplaintDetails::id)
                    .doesNotContain(atB.id());
            assertThatThrownBy(() -> complaints.find(atB.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> complaints.history(atB.id())).isInstanceOf(AccessDeniedException.class);
            assertThat(figures.period(today.minusDays(1), today.plusDays(1), (Long) null)
                            .total()
                            .received())
                    .isZero();
            assertThat(figures.period(today.minusDays(1), today.plusDays(1), two.deskB())
                            .total()
                            .received())
                    .as("asked for office B's desk by name")
                    .isZero();
            assertThatThrownBy(() -> complaints.record(
                            ComplaintDraft.of(ComplaintKind.SUGGESTION, ComplaintCategory.PREMISES, "Des bancs")
                                    .atDesk(two.deskB())))
                    .isInstanceOf(RuleViolation.class)
                    .hasMessageContaining("complaint.desk.unknown");
            return null;
        });

        TestUsers.inOffice(two.officeB(), "dirb", AppRoles.DIRECTOR, () -> {
            assertThat(complaints.find(atB.id())).isPresent();
            assertThat(figures.period(today.minusDays(1), today.plusDays(1), (Long) null)
                            .total()
                            .received())
                    .isEqualTo(1);
            return null;
        });

        TestUsers.as("network", AppRoles.NETWORK, () -> {
            assertThat(figures.period(today.minusDays(1), today.plusDays(1), Optional.of(Set.of(two.deskB())))
                            .total()
                            .received())
                    .isEqualTo(1);
            return null;
        });
    }

    @Test
    void office_a_reads_neither_the_answers_nor_the_comments_of_office_b() {
        var day = LocalDate.of(2024, 5, 14);
        jdbc.update("""
                insert into survey_answer (id, answered_on, source, desk_id, market, language, satisfaction, comment)
                values (?, ?, 'KIOSK', ?, 'EUROPE', 'fr', 2, 'Trop d’attente à B')""", Long.MAX_VALUE - 17, day, two.deskB());
        SurveyDays.recount(jdbc, two.deskB());

        TestUsers.inOffice(two.officeA(), "dira", AppRoles.DIRECTOR, () -> {
            assertThat(survey.period(day, day, (Long) null).byDesk()).doesNotContainKey(two.deskB());
            assertThat(survey.comments(day, day, (Long) null, 50)).noneMatch(a -> a.deskId() == two.deskB());
            assertThat(answers.answers(null, true, 0, 500))
                    .noneMatch(a -> a.answer().deskId() == two.deskB());
            return null;
        });
        TestUsers.inOffice(two.officeB(), "dirb", AppRoles.DIRECTOR, () -> {
            assertThat(survey.period(day, day, (Long) null).byDesk()).containsKey(two.deskB());
            assertThat(answers.answers(null, true, 0, 500))
                    .anyMatch(a -> a.answer().deskId() == two.deskB());
            return null;
        });
    }
}
