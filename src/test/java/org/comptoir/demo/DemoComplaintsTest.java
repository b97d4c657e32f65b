package org.comptoir.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.comptoir.complaint.ComplaintCategory;
import org.comptoir.complaint.ComplaintPast;
import org.comptoir.complaint.ComplaintSubject;
import org.comptoir.followup.WorkingDays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo's complaints go with its history: a few a month, more in summer, mostly answered in time, some late, a
 * few waiting and late at the history's end, partners of the base among them, the same for the same seed.
 */
class DemoComplaintsTest {

    private static final LocalDate FROM = DemoHistory.FIRST_DAY;
    private static final LocalDate TO = LocalDate.of(2025, 12, 31);
    private static List<ComplaintPast> complaints;

    @BeforeAll
    static void generate() {
        complaints = DemoComplaints.complaints(42, FROM, TO, DemoFixtures.references(), 15);
    }

    @Test
    void the_same_seed_gives_the_same_complaints_and_another_seed_others() {
        assertThat(DemoComplaints.complaints(42, FROM, TO, DemoFixtures.references(), 15))
                .isEqualTo(complaints);
        assertThat(DemoComplaints.complaints(43, FROM, TO, DemoFixtures.references(), 15))
                .isNotEqualTo(complaints);
    }

    @Test
    void a_few_a_month_more_in_summer_all_within_the_history() {
        var perMonth = complaints.stream()
                .collect(Collectors.groupingBy(c -> YearMonth.from(c.draft().receivedOn()), Collectors.counting()));
        var months = YearMonth.from(FROM).until(YearMonth.from(TO), ChronoUnit.MONTHS) + 1;
        assertThat((double) complaints.size() / months).isBetween(2.5, 7.0);
        var summer = perMonth.entrySet().stream()
                .filter(e -> e.getKey().getMonthValue() == 7 || e.getKey().getMonthValue() == 8)
                .mapToLong(e -> e.getValue())
                .average()
                .orElseThrow();
        var winter = perMonth.entrySet().stream()
                .filter(e -> e.getKey().getMonthValue() == 1 || e.getKey().getMonthValue() == 2)
                .mapToLong(e -> e.getValue())
                .average()
                .orElseThrow();
        assertThat(summer).isGreaterThan(winter);
        assertThat(complaints)
                .allSatisfy(c -> assertThat(c.draft().receivedOn()).isBetween(FROM, TO));
    }

    @Test
    void each_step_follows_the_one_before_and_nothing_happens_after_the_history() {
        assertThat(complaints).allSatisfy(c -> {
            var received = c.draft().receivedOn();
            assertThat(c.dueDate()).isEqualTo(WorkingDays.plus(received, 15));
            assertThat(c.draft().category().subject()).isEqualTo(c.draft().subject());
            if (c.acknowledgedOn() != null) {
                assertThat(c.acknowledgedOn()).isAfter(received).isBeforeOrEqualTo(TO);
            }
            if (c.answeredOn() != null) {
                assertThat(c.answeredOn()).isAfter(received).isBeforeOrEqualTo(TO);
                assertThat(c.answerChannel()).isNotNull();
                assertThat(c.answer()).isNotBlank();
            }
            if (c.closedOn() != null) {
                assertThat(c.answeredOn()).isNotNull();
                assertThat(c.closedOn()).isAfterOrEqualTo(c.answeredOn()).isBeforeOrEqualTo(TO);
            }
            if (c.draft().consented()) {
                assertThat(c.draft().contactEmail() != null || c.draft().contactPhone() != null)
                        .isTrue();
            } else {
                assertThat(c.draft().contactName()).isNull();
            }
        });
    }

    @Test
    void most_are_answered_in_time_some_late_and_a_few_wait_late_at_the_end() {
        var answered = complaints.stream().filter(c -> c.answeredOn() != null).toList();
        var inTime = answered.stream()
                .filter(c -> !c.answeredOn().isAfter(c.dueDate()))
                .count();
        assertThat((double) inTime / answered.size()).isBetween(0.8, 0.95);
        var today = TO.plusDays(1);
        var waitingLate = complaints.stream()
                .filter(c -> c.answeredOn() == null && c.dueDate().isBefore(today))
                .count();
        assertThat(waitingLate).isBetween(1L, 12L);
        assertThat(complaints.stream()
                        .filter(c -> c.answeredOn() == null && !c.dueDate().isBefore(today)))
                .as("some still within their due date")
                .isNotEmpty();
    }

    @Test
    void the_categories_are_weighted_and_some_are_about_partners_of_the_base() {
        var byCategory =
                complaints.stream().collect(Collectors.groupingBy(c -> c.draft().category(), Collectors.counting()));
        assertThat(byCategory.keySet()).containsAll(List.of(ComplaintCategory.values()));
        assertThat(byCategory.get(ComplaintCategory.INFORMATION))
                .isGreaterThan(byCategory.get(ComplaintCategory.PARTNER_OTHER));
        var attractionIds = DemoFixtures.references().attractions().stream()
                .map(DemoReferences.Pickable::id)
                .toList();
        var aboutTheBase = complaints.stream()
                .map(c -> c.draft().attractionId())
                .filter(Objects::nonNull)
                .toList();
        assertThat(aboutTheBase).isNotEmpty();
        assertThat(attractionIds).containsAll(aboutTheBase);
        assertThat(complaints.stream()
                        .filter(c -> c.draft().subject() == ComplaintSubject.OFFICE)
                        .allMatch(c ->
                                c.draft().attractionId() == null && c.draft().partnerName() == null))
                .isTrue();
    }
}
