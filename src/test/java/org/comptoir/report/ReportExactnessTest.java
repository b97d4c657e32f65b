package org.comptoir.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.comptoir.ComptoirTest;
import org.comptoir.TestDesks;
import org.comptoir.TestUsers;
import org.comptoir.attraction.AttractionDetails;
import org.comptoir.attraction.AttractionService;
import org.comptoir.reference.ListItem;
import org.comptoir.reference.ListKind;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.report.aggregate.AggregateTable;
import org.comptoir.report.aggregate.Dim;
import org.comptoir.report.aggregate.ReportOutbox;
import org.comptoir.report.aggregate.Tally;
import org.comptoir.report.past.PastCountRows;
import org.comptoir.security.AppRoles;
import org.comptoir.visit.Channel;
import org.comptoir.visit.InteractionDetails;
import org.comptoir.visit.InteractionDraft;
import org.comptoir.visit.Interactions;
import org.comptoir.visit.StayLength;
import org.comptoir.visit.VisitService;
import org.comptoir.visit.VisitorType;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports read aggregates folded from the outbox, plus the changes not folded yet. Random interactions are
 * saved, edited and deleted through the desk's service, with the applier folding random batches in between;
 * then every report, for random periods, filters and comparisons, must equal the same report computed straight
 * from the raw rows — before the pending changes are folded, half-way, and after. Rolled back at the end (the
 * rebuild, which cannot run inside a transaction that saved, has {@code aggregate.AggregateRebuildTest}).
 * Counts imported for random months of another desk (issue 18) are added in, by the reports and by the raw rows.
 */
@ComptoirTest
@Transactional
@WithMockUser(username = "director", roles = AppRoles.DIRECTOR)
class ReportExactnessTest {

    private static final String[] COUNTRIES = {
        "FR", "FR", "FR", "FR", "DE", "GB", "BE", "NL", "ES", "IT", "CH", "US", "CA", "CN", "JP", "BR", "MA", "CY", "AQ"
    };
    private static final String[] DEPARTEMENTS = {"63", "63", "03", "15", "43", "75", "69", "2A", "974"};

    @Autowired
    VisitService visits;

    @Autowired
    Clock clock;

    @Autowired
    ReferenceListService lists;

    @Autowired
    AttractionService attractions;

    @Autowired
    ReportService reports;

    /** What the reports read: the aggregates, with the imported counts added in. */
    private Figures aggregates;

    @Autowired
    ReportOutbox outbox;

    @Autowired
    JdbcTemplate jdbc;

    private final Random random = new Random(20261127);
    /** Whether {@link #randomHistory} folds batches between its changes. */
    private boolean folding = true;

    private long testDesk;
    /** A desk whose months hold imported counts (issue 18): the reports add them in. */
    private long pastDesk;

    private List<Long> interests;
    private List<Long> questions;
    private List<Long> attractionIds;

    @BeforeEach
    void referenceData() {
        testDesk = TestDesks.create(lists, "EXACT", "Exactitude", "Exactness");
        pastDesk = TestDesks.create(lists, "PAST", "Passé", "Past");
        PastCountRows.random(
                jdbc,
                random,
                pastDesk,
                YearMonth.of(2017, 1),
                YearMonth.now(clock).minusMonths(1),
                40);
        aggregates = reports.figures();
        interests =
                lists.items(ListKind.INTEREST, false).stream().map(ListItem::id).toList();
        questions =
                lists.items(ListKind.QUESTION, false).stream().map(ListItem::id).toList();
        attractionIds = attractions.active().stream()
                .map(AttractionDetails::id)
                .limit(25)
                .toList();
    }

    @Test
    void every_report_from_the_aggregates_equals_the_same_report_computed_from_the_raw_rows() {
        randomHistory(300, 90, 40);
        sameReports(80);
    }

    /** That many random reports, and ten random glances, from the aggregates and from the raw rows. */
    private void sameReports(int count) {
        var raw = new RawFigures(jdbc);
        for (int i = 0; i < count; i++) {
            var request = randomRequest();
            var locale = random.nextBoolean() ? Locale.FRENCH : Locale.ENGLISH;
            var fromAggregates = reports.report(request, locale, aggregates);
            assertThat(fromAggregates).as(request.toString()).isEqualTo(reports.report(request, locale, raw));
            assertThat(fromAggregates.sections()).isNotEmpty();
        }
        for (int i = 0; i < 10; i++) {
            var month = YearMonth.of(2017 + random.nextInt(10), 1 + random.nextInt(12));
            assertThat(reports.glance(month, Locale.FRENCH, aggregates))
                    .as(month.toString())
                    .isEqualTo(reports.glance(month, Locale.FRENCH, raw));
        }
    }

    @Test
    void every_report_is_exact_before_the_changes_are_folded_half_way_through_and_after() {
        outbox.foldPending();
        folding = false;
        randomHistory(150, 50, 30);
        var pending = outbox.pendingCount();
        assertThat(pending).as("changes waiting to be folded").isGreaterThanOrEqualTo(230);
        sameReports(15);

        assertThat(outbox.foldOldest((int) (pending / 2))).isEqualTo(pending / 2);
        assertThat(outbox.pendingCount()).isEqualTo(pending - pending / 2);
        sameReports(15);

        // more changes while half of the others are still pending (edits and deletes of the 40 new ones)
        randomHistory(40, 20, 10);
        sameReports(10);

        assertThat(outbox.foldPending()).isEqualTo(pending - pending / 2 + 70);
        assertThat(outbox.pendingCount()).isZero();
        sameReports(15);
    }

    @Test
    void a_report_read_right_after_a_save_shows_it() {
        var day = LocalDate.now(clock).minusDays(1);
        var request = new ReportRequest(
                ReportKind.ORIGINS,
                ReportPeriod.custom(day, day),
                new ReportFilter(testDesk, null, null),
                Comparison.none(),
                false);
        var before = reports.report(request, Locale.FRENCH, aggregates);
        var saved = TestUsers.asHistoryWriter(
                "anna",
                () -> visits.save(
                        Interactions.draft()
                                .occurredAt(day.atTime(11, 0))
                                .deskId(testDesk)
                                .channel(Channel.DESK)
                                .adults(2)
                                .country("DE")
                                .build(),
                        TestUsers.HISTORY_REASON));

        var after = reports.report(request, Locale.FRENCH, aggregates);

        assertThat(after).isNotEqualTo(before).isEqualTo(reports.report(request, Locale.FRENCH, new RawFigures(jdbc)));
        assertThat(aggregates.count(AggregateTable.ORIGIN, day, day, new ReportFilter(testDesk, null, null), List.of()))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.interactions()).isEqualTo(1);
                    assertThat(t.persons()).isEqualTo(2);
                });
        visits.delete(saved.id(), saved.version());
        assertThat(aggregates.count(AggregateTable.ORIGIN, day, day, new ReportFilter(testDesk, null, null), List.of()))
                .isEmpty();
        assertThat(outbox.pendingCount()).isPositive();
    }

    @Test
    void every_count_the_reports_ask_equals_the_raw_rows_on_random_days() {
        randomHistory(200, 60, 30);
        var raw = new RawFigures(jdbc);
        Map<AggregateTable, List<List<Dim>>> asked = Map.of(
                AggregateTable.ORIGIN,
                        List.of(
                                List.of(Dim.COUNTRY, Dim.DEPARTEMENT),
                                List.of(Dim.YEAR, Dim.COUNTRY),
                                List.of(Dim.MONTH),
                                List.<Dim>of()),
                AggregateTable.STAY, List.of(List.of(Dim.YEAR, Dim.STAY), List.of(Dim.MARKET, Dim.STAY)),
                AggregateTable.TOPIC,
                        List.of(
                                List.of(Dim.KIND, Dim.TOPIC),
                                List.of(Dim.KIND, Dim.TOPIC, Dim.MONTH),
                                List.of(Dim.KIND, Dim.TOPIC, Dim.MARKET)),
                AggregateTable.STAFF,
                        List.of(List.of(Dim.CHANNEL), List.of(Dim.DESK), List.of(Dim.COUNSELLOR), List.of(Dim.MONTH)),
                AggregateTable.HOURS, List.of(List.of(Dim.HOUR, Dim.WEEKDAY), List.of(Dim.YEAR, Dim.HOUR)),
                AggregateTable.PICK,
                        List.of(
                                List.of(Dim.ATTRACTION, Dim.MARKET),
                                List.of(Dim.ATTRACTION, Dim.INTEREST),
                                List.of(Dim.ATTRACTION)));
        var everyDesk = Set.copyOf(jdbc.queryForList("SELECT id FROM desk", Long.class));
        var deskSets = List.of(
                Set.of(testDesk),
                Set.of(testDesk, pastDesk),
                everyDesk,
                Set.copyOf(List.of(pastDesk, everyDesk.iterator().next())));
        for (int i = 0; i < 40; i++) {
            var from = LocalDate.of(2017, 1, 1).plusDays(random.nextInt(3600));
            var to = from.plusDays(random.nextInt(900));
            var filter = randomFilter();
            asked.forEach((source, splits) ->
                    splits.forEach(dims -> assertThat(sorted(aggregates.count(source, from, to, filter, dims)))
                            .as("%s %s %s–%s %s", source, dims, from, to, filter)
                            .isEqualTo(sorted(raw.count(source, from, to, filter, dims)))));
            // an office's desks read together (issue 16) equal the sum of each desk's raw rows
            var desks = deskSets.get(random.nextInt(deskSets.size()));
            asked.forEach((source, splits) ->
                    splits.forEach(dims -> assertThat(sorted(aggregates.count(source, from, to, filter, dims, desks)))
                            .as("%s %s %s–%s %s at %s", source, dims, from, to, filter, desks)
                            .isEqualTo(sorted(raw.count(source, from, to, filter, dims, desks)))));
        }
    }

    /** Saves interactions as counsellors, then edits and deletes some as the director. */
    private void randomHistory(int created, int edited, int deleted) {
        var saved = new ArrayList<InteractionDetails>();
        for (int i = 0; i < created; i++) {
            var counsellor = random.nextBoolean() ? "anna" : "bruno";
            saved.add(TestUsers.asHistoryWriter(
                    counsellor, () -> visits.save(randomDraft(null, 0), TestUsers.HISTORY_REASON)));
            maybeFold();
        }
        for (int i = 0; i < edited; i++) {
            var index = random.nextInt(saved.size());
            var current = saved.get(index);
            saved.set(index, visits.save(randomDraft(current.id(), current.version()), TestUsers.HISTORY_REASON));
            maybeFold();
        }
        for (int i = 0; i < deleted; i++) {
            var victim = saved.remove(random.nextInt(saved.size()));
            visits.delete(victim.id(), victim.version());
            maybeFold();
        }
    }

    /** Now and then, the applier folds a batch of the oldest changes, as it would between two saves. */
    private void maybeFold() {
        if (folding && random.nextInt(25) == 0) {
            outbox.foldOldest(1 + random.nextInt(40));
        }
    }

    private InteractionDraft randomDraft(@Nullable Long id, long version) {
        var country = random.nextInt(8) == 0 ? null : COUNTRIES[random.nextInt(COUNTRIES.length)];
        var departement = "FR".equals(country) && random.nextInt(4) > 0
                ? DEPARTEMENTS[random.nextInt(DEPARTEMENTS.length)]
                : null;
        var occurredAt = LocalDateTime.of(2017, 1, 1, 8, 0)
                .plusDays(random.nextInt((int) (LocalDate.now(clock).toEpochDay()
                        - LocalDate.of(2017, 1, 1).toEpochDay())))
                .plusMinutes(random.nextInt(11 * 60));
        var stay = random.nextInt(5) == 0 ? null : StayLength.values()[random.nextInt(StayLength.values().length)];
        var visitorType =
                random.nextInt(3) == 0 ? null : VisitorType.values()[random.nextInt(VisitorType.values().length)];
        var channel = Channel.values()[random.nextInt(Channel.values().length)];
        return Interactions.draft()
                .id(id)
                .version(version)
                .occurredAt(occurredAt)
                .deskId(random.nextInt(3) == 0 ? testDesk : null)
                .channel(channel)
                .adults(random.nextInt(4))
                .children(1 + random.nextInt(3))
                .visitorType(visitorType)
                .country(country)
                .departement(departement)
                .stayLength(stay)
                .interestIds(subset(interests, 3))
                .questionIds(subset(questions, 2))
                .pickIds(List.copyOf(subset(attractionIds, 3)))
                .build();
    }

    private Set<Long> subset(List<Long> ids, int max) {
        var chosen = new LinkedHashSet<Long>();
        int count = random.nextInt(max + 1);
        for (int i = 0; i < count && !ids.isEmpty(); i++) {
            chosen.add(ids.get(random.nextInt(ids.size())));
        }
        return chosen;
    }

    private ReportRequest randomRequest() {
        var kind = ReportKind.values()[random.nextInt(ReportKind.values().length)];
        var year = 2017 + random.nextInt(10);
        var period = switch (random.nextInt(5)) {
            case 0 -> ReportPeriod.month(YearMonth.of(year, 1 + random.nextInt(12)));
            case 1 -> ReportPeriod.season(Season.values()[random.nextInt(4)], year);
            case 2 -> ReportPeriod.year(year);
            case 3 -> ReportPeriod.years(2017 + random.nextInt(4), 2021 + random.nextInt(6));
            default -> {
                var from = LocalDate.of(2017, 1, 1).plusDays(random.nextInt(3400));
                yield ReportPeriod.custom(from, from.plusDays(random.nextInt(800)));
            }
        };
        var comparison = switch (random.nextInt(3)) {
            case 0 -> Comparison.none();
            case 1 -> Comparison.previousYear();
            default -> Comparison.referenceYear(2017 + random.nextInt(5));
        };
        return new ReportRequest(kind, period, randomFilter(), comparison, random.nextBoolean());
    }

    private ReportFilter randomFilter() {
        var desk = random.nextInt(6);
        return new ReportFilter(
                desk == 0 ? Long.valueOf(testDesk) : desk == 1 ? Long.valueOf(pastDesk) : null,
                random.nextInt(3) == 0 ? Channel.values()[random.nextInt(Channel.values().length)] : null,
                random.nextInt(4) == 0 ? VisitorType.values()[random.nextInt(VisitorType.values().length)] : null);
    }

    private static List<Tally> sorted(List<Tally> tallies) {
        return tallies.stream()
                .sorted(Comparator.comparing(t -> String.join("|", t.keys())))
                .toList();
    }
}
