package org.comptoir.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.comptoir.ComptoirTest;
import org.comptoir.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retention, run on a clock the test moves: each test's changes are rolled back, so that moving
 * a year ahead erases nothing for the other tests.
 */
@ComptoirTest
@Transactional
class RetentionTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    PersonalDataStore store;

    @Autowired
    RetentionSettings settings;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    ScheduledTaskHolder scheduled;

    PersonalFixtures fixtures;
    MutableClock moved;
    RetentionPolicy retention;

    @BeforeEach
    void aClockTwelveMonthsAfterTheConsents() {
        fixtures = PersonalFixtures.in(context);
        var start = ZonedDateTime.now(clock).plus(Period.ofMonths(12)).toInstant();
        moved = new MutableClock(start, clock.getZone());
        retention = new RetentionPolicy(store, settings, moved);
    }

    @Test
    void by_default_data_kept_for_a_reply_lives_thirteen_months_and_the_job_runs_every_night() {
        assertThat(settings.replyRetention()).isEqualTo(Period.ofMonths(13));
        assertThat(settings.retentionCron()).isEqualTo("0 30 3 * * *");
    }

    @Test
    void a_reply_contact_stays_twelve_months_and_is_erased_with_its_follow_ups_notes_after_fourteen() {
        var person = PersonalFixtures.newPerson();
        var interaction = fixtures.interaction();
        long contact = fixtures.contact(interaction.id(), person, true, false);
        long followUp = fixtures.followUpWithMail(interaction.id(), contact, person);
        var interactionBefore = fixtures.rows("select * from interaction where id = :id", interaction.id());

        retention.apply();
        assertThat(contactRow(contact)).isEqualTo(1);

        moved.advance(Duration.ofDays(61));
        var outcome = retention.apply();

        assertThat(outcome.erased()).isPositive();
        assertThat(contactRow(contact)).isZero();
        assertThat(fixtures.rows("select note, contact_id, kind, status from follow_up where id = :id", followUp))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.get("note")).isNull();
                    assertThat(row.get("contact_id")).isNull();
                    assertThat(row.get("kind")).isEqualTo("SEND_DOCUMENTATION");
                });
        assertThat(fixtures.rows("select recipient from mail_log where follow_up_id = :id", followUp))
                .singleElement()
                .satisfies(row -> assertThat(row.get("recipient")).isNull());
        for (var table : List.of("contact", "follow_up", "follow_up_event", "mail_log", "personal_data_audit")) {
            assertThat(fixtures.everyValue(table))
                    .as(table)
                    .noneMatch(value -> person.traces().stream().anyMatch(value::contains));
        }
        assertThat(fixtures.rows("select * from interaction where id = :id", interaction.id()))
                .isEqualTo(interactionBefore);
        assertThat(auditActions(contact)).containsExactly(PersonalAuditEntry.RETENTION_ERASE);
    }

    @Test
    void a_newsletter_subscriber_keeps_name_and_email_and_loses_phone_and_postal_code() {
        var person = PersonalFixtures.newPerson();
        var interaction = fixtures.interaction();
        long contact = fixtures.contact(interaction.id(), person, true, true);
        long followUp = fixtures.followUpWithMail(interaction.id(), contact, person);

        moved.advance(Duration.ofDays(61));
        retention.apply();

        assertThat(fixtures.rows("select * from contact where id = :id", contact))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.get("email")).isEqualTo(person.email());
                    assertThat(row.get("email_key")).isEqualTo(person.emailKey());
                    assertThat(row.get("name")).isEqualTo(person.name());
                    assertThat(row.get("phone")).isNull();
                    assertThat(row.get("phone_key")).isNull();
                    assertThat(row.get("postal_code")).isNull();
                });
        assertThat(fixtures.rows("select note from follow_up where id = :id", followUp))
                .singleElement()
                .satisfies(row -> assertThat(row.get("note")).isNull());
        assertThat(auditActions(contact)).containsExactly(PersonalAuditEntry.RETENTION_REDUCE);
    }

    @Test
    void a_subscriber_who_withdrew_is_erased() {
        var person = PersonalFixtures.newPerson();
        long contact = fixtures.contact(fixtures.interaction().id(), person, true, true);
        jdbc.update("update contact set newsletter_withdrawn_at = consented_at where id = :id", Map.of("id", contact));

        moved.advance(Duration.ofDays(61));
        retention.apply();

        assertThat(contactRow(contact)).isZero();
        assertThat(auditActions(contact)).containsExactly(PersonalAuditEntry.RETENTION_ERASE);
    }

    @Test
    void a_newsletter_only_subscriber_who_withdrew_is_erased_the_next_night() {
        var person = PersonalFixtures.newPerson();
        long contact = fixtures.contact(fixtures.interaction().id(), person, false, true);
        jdbc.update("update contact set newsletter_withdrawn_at = consented_at where id = :id", Map.of("id", contact));

        new RetentionPolicy(store, settings, clock).apply();

        assertThat(contactRow(contact)).isZero();
    }

    @Test
    void follow_ups_and_mails_without_a_contact_lose_what_may_name_the_visitor_after_the_same_period() {
        var person = PersonalFixtures.newPerson();
        var interaction = fixtures.interaction();
        long followUp = fixtures.followUpWithMail(interaction.id(), null, person);

        retention.apply();
        assertThat(fixtures.rows("select note from follow_up where id = :id", followUp))
                .singleElement()
                .satisfies(row -> assertThat(row.get("note")).isNotNull());

        moved.advance(Duration.ofDays(61));
        assertThat(retention.apply().orphans()).isGreaterThanOrEqualTo(3);

        for (var table : List.of("follow_up", "follow_up_event", "mail_log")) {
            assertThat(fixtures.everyValue(table))
                    .as(table)
                    .noneMatch(value -> person.traces().stream().anyMatch(value::contains));
        }
        assertThat(fixtures.rows("select status from mail_log where follow_up_id = :id", followUp))
                .as("the mail stays for the counts")
                .singleElement()
                .satisfies(row -> assertThat(row.get("status")).isEqualTo("FAILED"));
    }

    @Test
    void the_retention_is_on_the_scheduler_with_its_cron() {
        assertThat(scheduled.getScheduledTasks())
                .extracting(task -> task.getTask())
                .filteredOn(CronTask.class::isInstance)
                .map(CronTask.class::cast)
                .extracting(CronTask::getExpression)
                .contains(settings.retentionCron());
    }

    @Test
    void a_second_run_at_the_same_moment_has_nothing_left_to_do() {
        var person = PersonalFixtures.newPerson();
        fixtures.contact(fixtures.interaction().id(), person, true, true);
        moved.advance(Duration.ofDays(61));
        retention.apply();

        assertThat(retention.apply()).isEqualTo(new RetentionPolicy.Outcome(0, 0, 0, 0));
    }

    private int contactRow(long id) {
        return fixtures.rows("select id from contact where id = :id", id).size();
    }

    private List<Object> auditActions(long contactId) {
        return fixtures
                .rows("select action from personal_data_audit where contact_id = :id order by id", contactId)
                .stream()
                .map(row -> row.get("action"))
                .toList();
    }
}
