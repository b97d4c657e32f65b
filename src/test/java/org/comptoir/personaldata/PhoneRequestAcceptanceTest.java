package org.comptoir.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.comptoir.ComptoirTest;
import org.comptoir.MutableClock;
import org.comptoir.TestUsers;
import org.comptoir.attraction.AttractionService;
import org.comptoir.contact.ContactDraft;
import org.comptoir.contact.ContactService;
import org.comptoir.followup.FollowUpDraft;
import org.comptoir.followup.FollowUpKind;
import org.comptoir.followup.FollowUpService;
import org.comptoir.followup.FollowUpStatus;
import org.comptoir.report.Comparison;
import org.comptoir.report.ReportFilter;
import org.comptoir.report.ReportKind;
import org.comptoir.report.ReportPeriod;
import org.comptoir.report.ReportRequest;
import org.comptoir.report.ReportService;
import org.comptoir.security.AppRoles;
import org.comptoir.testmail.TestMailServer;
import org.comptoir.visit.ConversationLanguage;
import org.comptoir.visit.Interactions;
import org.comptoir.visit.VisitService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 7's acceptance, through the services: a phone request from a visitor who consents, the sheet sent
 * by e-mail, the follow-up closed; after the retention period the person's data is gone and every report
 * reads the same. (The same journey in Chromium: journey/ContactJourneyTest.) Rolled back at the end.
 */
@ComptoirTest
@Transactional
@WithMockUser(username = "counsellor", roles = AppRoles.COUNSELLOR)
class PhoneRequestAcceptanceTest {

    private static final String EMAIL = "acceptance.visitor@example.de";

    @Autowired
    VisitService visits;

    @Autowired
    AttractionService attractions;

    @Autowired
    ContactService contacts;

    @Autowired
    FollowUpService followUps;

    @Autowired
    ReportService reports;

    @Autowired
    PersonalDataStore store;

    @Autowired
    RetentionSettings settings;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void a_consenting_callers_request_is_answered_closed_then_forgotten_while_the_reports_stay_the_same() {
        TestMailServer.clear();
        var call = Interactions.phoneCall(visits, attractions, ConversationLanguage.DE, 2);
        var contact = contacts.save(
                call.id(), new ContactDraft("Anna Acceptance", EMAIL, "+49 171 2345678", null, true, false));
        var followUp = followUps.create(
                call.id(),
                contact.id(),
                new FollowUpDraft(FollowUpKind.SEND_DOCUMENTATION, null, null, "Send Anna the volcano ideas"));

        assertThat(followUps.sendSheet(followUp.id()).sent()).isTrue();
        assertThat(TestMailServer.awaitMessages(1)).isTrue();
        assertThat(TestMailServer.received())
                .anySatisfy(message ->
                        assertThat(message.getAllRecipients()[0].toString()).isEqualTo(EMAIL));
        var closed = followUps.done(
                followUp.id(), followUps.find(followUp.id()).orElseThrow().version());
        assertThat(closed.status()).isEqualTo(FollowUpStatus.DONE);

        var year = ReportPeriod.year(call.occurredAt().getYear());
        var before = TestUsers.as("director", AppRoles.DIRECTOR, () -> allReports(year));

        var afterRetention =
                ZonedDateTime.now(clock).plus(settings.replyRetention()).plus(Period.ofDays(1));
        new RetentionPolicy(store, settings, new MutableClock(afterRetention.toInstant(), clock.getZone())).apply();

        assertThat(jdbc.queryForObject(
                        "select count(*) from contact where id = :id", Map.of("id", contact.id()), Long.class))
                .isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from follow_up f left join follow_up_event e on e.follow_up_id = f.id
                where f.id = :id and (f.note is not null or f.contact_id is not null
                                      or e.detail like '%acceptance%')""", Map.of("id", followUp.id()), Long.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from mail_log where recipient = :email", Map.of("email", EMAIL), Long.class))
                .isZero();
        assertThat(visits.find(call.id())).as("the interaction stays").isPresent();
        assertThat(TestUsers.as("director", AppRoles.DIRECTOR, () -> allReports(year)))
                .isEqualTo(before);
    }

    private List<?> allReports(ReportPeriod period) {
        return Arrays.stream(ReportKind.values())
                .map(kind -> reports.report(
                        new ReportRequest(kind, period, ReportFilter.ALL, Comparison.none(), false), Locale.FRENCH))
                .toList();
    }
}
