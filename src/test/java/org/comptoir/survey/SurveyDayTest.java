package org.comptoir.survey;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.comptoir.ComptoirTest;
import org.comptoir.Deadlocks;
import org.comptoir.TestClock;
import org.comptoir.TestDesks;
import org.comptoir.TestUsers;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.reference.WorldRegion.Market;
import org.comptoir.security.AppRoles;
import org.comptoir.suggestion.SheetLanguage;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithAnonymousUser;

/**
 * Decision 0034: the answers' counts by day, desk and market ({@code survey_day}) equal the raw answers grouped in
 * SQL of the test's own, row for row, whichever way the answers came (a kiosk, a sheet's code, an import adding to
 * the days already counted), and the figures read from them equal the raw answers counted one by one; the
 * migration that counted the answers given before it uses the same thresholds as {@link SurveyNumbers}; an answer
 * whose transaction the database gives up on a deadlock is tried again and kept once. Desks of the test's own, in
 * years no other test answers in.
 */
@ComptoirTest
@WithAnonymousUser
class SurveyDayTest {

    private static final int YEAR = 2036;
    private static final LocalDateTime A_MORNING = LocalDateTime.of(YEAR, 3, 14, 10, 0);
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    /** The scores of the live answers: every NPS boundary, and what may be left out. */
    private static final List<@Nullable Integer> RECOMMEND = Arrays.asList(0, 6, 7, 8, 9, 10, null);

    @Autowired
    SurveyService surveys;

    @Autowired
    SurveyFigures figures;

    @Autowired
    ReferenceListService lists;

    @Autowired
    TestClock clock;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetTheClock() {
        clock.reset();
    }

    @Test
    void the_days_equal_the_raw_answers_grouped_after_kiosks_sheets_and_imports_and_so_do_the_figures() {
        var deskA = TestDesks.create(lists, "DAYA", "Jour A", "Day A");
        var deskB = TestDesks.create(lists, "DAYB", "Jour B", "Day B");
        var deskC = TestDesks.create(lists, "DAYC", "Jour C", "Day C");
        var desks = List.of(deskA, deskB, deskC);

        // live answers on two days of two months, at a kiosk of A and through sheets of B
        for (var morning : List.of(A_MORNING, A_MORNING.plusMonths(1).plusDays(3))) {
            clock.setOfficeTime(morning);
            var kiosk = asCounsellor(() -> surveys.startKiosk(deskA)).secret();
            for (int i = 0; i < 14; i++) {
                var market = i % 4 == 3 ? null : Market.values()[i % 3];
                surveys.answerAtKiosk(
                        kiosk,
                        SurveyAnswerDraft.in(SheetLanguage.FR)
                                .withMarket(market)
                                .withScores(
                                        1 + i % 5, i % 3 == 0 ? null : 1 + i % 4, i % 5 == 0 ? null : 5, recommend(i)));
            }
            var countries = Arrays.asList("FR", "DE", "US", null);
            for (int i = 0; i < 11; i++) {
                var country = countries.get(i % 4);
                var code = asCounsellor(() -> surveys.invite(anInteraction(), deskB, country))
                        .orElseThrow();
                surveys.answerInvitation(
                        code,
                        SurveyAnswerDraft.in(SheetLanguage.EN)
                                .withScores(5 - i % 5, 3, i % 2 == 0 ? null : 2, recommend(i)),
                        address());
            }
        }
        assertThat(SurveyDays.kept(jdbc, "survey_day", desks)).isEqualTo(SurveyDays.counted(jdbc, desks));

        // two imports over the three desks, two years, every month; some on the live answers' days, which they add to
        var random = new Random(34);
        for (int batch = 0; batch < 2; batch++) {
            var answers = new ArrayList<SurveyAnswer>();
            for (int i = 0; i < 400; i++) {
                var day = i % 10 == 0
                        ? A_MORNING.toLocalDate()
                        : LocalDate.of(YEAR - 1 + random.nextInt(2), 1, 1).plusDays(random.nextInt(365));
                answers.add(new SurveyAnswer(
                        day,
                        random.nextBoolean() ? SurveySource.KIOSK : SurveySource.SHEET,
                        desks.get(random.nextInt(3)),
                        random.nextInt(4) == 0 ? null : Market.values()[random.nextInt(3)],
                        SheetLanguage.values()[random.nextInt(6)],
                        1 + random.nextInt(5),
                        random.nextInt(3) == 0 ? null : 1 + random.nextInt(5),
                        random.nextInt(3) == 0 ? null : 1 + random.nextInt(5),
                        random.nextInt(4) == 0 ? null : random.nextInt(11),
                        random.nextInt(5) == 0 ? "comment " + i : null));
            }
            TestUsers.as("admin", AppRoles.ADMIN, () -> surveys.importAnswers(answers));
        }

        var kept = SurveyDays.kept(jdbc, "survey_day", desks);
        assertThat(kept).isEqualTo(SurveyDays.counted(jdbc, desks));
        var answers = raw(desks);
        assertThat(answers).hasSize(2 * (14 + 11) + 800);
        assertThat(kept.stream().mapToLong(row -> row.numbers().answers()).sum())
                .isEqualTo(answers.size());
        assertThat(kept).as("a day a live answer and an import both added to").anySatisfy(row -> {
            assertThat(row.day()).isEqualTo(A_MORNING.toLocalDate());
            assertThat(row.desk()).isEqualTo(deskA);
            assertThat(row.numbers().answers()).isGreaterThan(4);
        });
        assertThat(kept).extracting(SurveyDays.Row::market).contains("", "FRANCE", "EUROPE", "LONG_HAUL");
        assertThat(kept).extracting(SurveyDays.Row::desk).containsOnly(deskA, deskB, deskC);

        var from = LocalDate.of(YEAR - 1, 2, 10);
        var to = LocalDate.of(YEAR, 11, 20);
        var given = TestUsers.as(
                "director", AppRoles.DIRECTOR, () -> figures.period(from, to, Optional.of(Set.copyOf(desks))));
        assertThat(given).isEqualTo(countedOneByOne(answers, from, to));
        assertThat(given.total().promoters()).isPositive();
        assertThat(given.total().detractors()).isPositive();
        assertThat(given.marketNotGiven().answers()).isPositive();
        var justB = TestUsers.as("director", AppRoles.DIRECTOR, () -> figures.period(from, to, deskB));
        assertThat(justB)
                .isEqualTo(countedOneByOne(
                        answers.stream().filter(a -> a.deskId() == deskB).toList(), from, to));
    }

    @Test
    void the_migration_counted_the_answers_given_before_it_with_the_thresholds_of_the_service() throws Exception {
        var desk = TestDesks.create(lists, "DAYM", "Jour M", "Day M");
        var answers = new ArrayList<SurveyAnswer>();
        var day = LocalDate.of(YEAR, 6, 1);
        for (int recommend = 0; recommend <= 10; recommend++) {
            for (var market : Arrays.asList(Market.FRANCE, null)) {
                answers.add(new SurveyAnswer(
                        day.plusDays(recommend % 3),
                        SurveySource.KIOSK,
                        desk,
                        market,
                        SheetLanguage.FR,
                        1 + recommend % 5,
                        recommend % 2 == 0 ? null : 4,
                        recommend % 3 == 0 ? null : 2,
                        recommend,
                        null));
            }
        }
        answers.add(new SurveyAnswer(day, SurveySource.SHEET, desk, null, SheetLanguage.DE, 3, null, null, null, null));
        TestUsers.as("admin", AppRoles.ADMIN, () -> surveys.importAnswers(answers));

        // the migration's own statement, into a copy of the table, on one connection (the copy is temporary)
        var migration = new ClassPathResource("db/migration/V0030__survey_day.sql").getContentAsString(UTF_8);
        var fill = migration.substring(migration.indexOf("INSERT INTO survey_day"));
        fill = fill.substring(0, fill.indexOf(';'));
        List<SurveyDays.Row> migrated;
        try (var connection = dataSource.getConnection()) {
            var one = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            one.execute("create temporary table survey_day_migrated like survey_day");
            one.execute(fill.replace("INSERT INTO survey_day", "INSERT INTO survey_day_migrated"));
            migrated = SurveyDays.kept(one, "survey_day_migrated", List.of(desk));
            one.execute("drop temporary table survey_day_migrated");
        }

        var kept = SurveyDays.kept(jdbc, "survey_day", List.of(desk));
        assertThat(migrated).isEqualTo(kept).isEqualTo(SurveyDays.counted(jdbc, List.of(desk)));
        assertThat(kept).hasSize(6);
        var all = kept.stream().map(SurveyDays.Row::numbers).reduce(SurveyNumbers.NONE, SurveyNumbers::plus);
        // 9 and 10 promote, 0 to 6 detract, twice each (two markets)
        assertThat(all.promoters()).isEqualTo(4);
        assertThat(all.detractors()).isEqualTo(14);
        assertThat(all.recommendCount()).isEqualTo(22);
        assertThat(all.answers()).isEqualTo(23);
    }

    @Test
    void a_kiosk_answer_that_loses_a_deadlock_on_its_day_is_tried_again_and_kept_once() throws Exception {
        var desk = TestDesks.create(lists, "DAYK", "Jour K", "Day K");
        clock.setOfficeTime(A_MORNING);
        var kiosk = asCounsellor(() -> surveys.startKiosk(desk)).secret();

        loseADeadlockOnTheDay(
                desk,
                "EUROPE",
                () -> surveys.answerAtKiosk(
                        kiosk,
                        SurveyAnswerDraft.in(SheetLanguage.FR)
                                .withMarket(Market.EUROPE)
                                .withScores(4, 5, 3, 9)));

        assertThat(DeskAnswers.of(surveys, desk)).singleElement().satisfies(a -> {
            assertThat(a.market()).isEqualTo(Market.EUROPE);
            assertThat(a.recommend()).isEqualTo(9);
        });
        assertThat(SurveyDays.kept(jdbc, "survey_day", List.of(desk)))
                .containsExactly(new SurveyDays.Row(
                        A_MORNING.toLocalDate(), desk, "EUROPE", new SurveyNumbers(1, 4, 1, 5, 1, 3, 1, 1, 0)));
    }

    @Test
    void a_sheet_answer_that_loses_a_deadlock_on_its_day_is_tried_again_and_kept_once_and_its_code_is_used()
            throws Exception {
        var desk = TestDesks.create(lists, "DAYS", "Jour S", "Day S");
        clock.setOfficeTime(A_MORNING);
        var interaction = anInteraction();
        var code = asCounsellor(() -> surveys.invite(interaction, desk, null)).orElseThrow();

        loseADeadlockOnTheDay(
                desk,
                "",
                () -> surveys.answerInvitation(
                        code, SurveyAnswerDraft.in(SheetLanguage.IT).withScores(2, null, null, 0), address()));

        assertThat(DeskAnswers.of(surveys, desk)).singleElement().satisfies(a -> {
            assertThat(a.source()).isEqualTo(SurveySource.SHEET);
            assertThat(a.market()).isNull();
        });
        assertThat(SurveyDays.kept(jdbc, "survey_day", List.of(desk)))
                .containsExactly(new SurveyDays.Row(
                        A_MORNING.toLocalDate(), desk, "", new SurveyNumbers(1, 2, 0, 0, 0, 0, 1, 0, 1)));
        assertThat(jdbc.queryForObject(
                        "select count(*) from survey_invitation where interaction_id = ?", Long.class, interaction))
                .isZero();
        assertThat(surveys.invitation(code)).isEmpty();
    }

    // ---- the test's own counting

    /** Every answer at these desks, read back. */
    private List<SurveyAnswer> raw(List<Long> desks) {
        return jdbc.query(
                "select * from survey_answer where desk_id in (?, ?, ?)",
                (row, n) -> SurveyService.answer(row),
                desks.get(0),
                desks.get(1),
                desks.get(2));
    }

    /** The figures of these answers from {@code from} to {@code to}, one answer at a time. */
    private static SurveyPeriodFigures countedOneByOne(List<SurveyAnswer> answers, LocalDate from, LocalDate to) {
        var total = SurveyNumbers.NONE;
        var notGiven = SurveyNumbers.NONE;
        var byMonth = new TreeMap<YearMonth, SurveyNumbers>();
        var byDesk = new HashMap<Long, SurveyNumbers>();
        var byMarket = new EnumMap<Market, SurveyNumbers>(Market.class);
        var byMonthAndMarket = new TreeMap<YearMonth, Map<Market, SurveyNumbers>>();
        for (var answer : answers) {
            var day = answer.answeredOn();
            if (day.isBefore(from) || day.isAfter(to)) {
                continue;
            }
            var one = SurveyNumbers.of(answer);
            total = total.plus(one);
            byMonth.merge(YearMonth.from(day), one, SurveyNumbers::plus);
            byDesk.merge(answer.deskId(), one, SurveyNumbers::plus);
            var market = answer.market();
            if (market == null) {
                notGiven = notGiven.plus(one);
            } else {
                byMarket.merge(market, one, SurveyNumbers::plus);
                byMonthAndMarket
                        .computeIfAbsent(YearMonth.from(day), month -> new EnumMap<>(Market.class))
                        .merge(market, one, SurveyNumbers::plus);
            }
        }
        return new SurveyPeriodFigures(from, to, total, byMonth, byDesk, byMarket, notGiven, byMonthAndMarket);
    }

    // ---- a deadlock on the day's row

    /**
     * Runs {@code answering} as a visitor while a second connection holds the row of its day, desk and market: the
     * answer writes itself, waits for the row; the holder then asks for the answer's row. The holder has written
     * more, so MariaDB gives the answer's transaction up (error 1213, as Galera's conflicts say too); its retry waits
     * until the holder rolls back, then commits.
     */
    private void loseADeadlockOnTheDay(long desk, String market, Runnable answering) throws Exception {
        var day = A_MORNING.toLocalDate();
        var deadlocks = Deadlocks.resolved(jdbc);
        try (var threads = Executors.newSingleThreadExecutor();
                var holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            // weight: MariaDB rolls back the transaction that wrote less, the answer's
            try (var insert = holder.prepareStatement(
                    "insert into job_lock (job, locked_until, locked_by) values (?, '2000-01-01', 'survey-day-test')")) {
                for (int i = 0; i < 300; i++) {
                    insert.setString(1, "survey-day-test-" + i);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (var row = holder.prepareStatement("""
                    insert into survey_day (answered_on, desk_id, market, answers, satisfaction_sum, welcome_count,
                        welcome_sum, usefulness_count, usefulness_sum, recommend_count, promoters, detractors)
                    values (?, ?, ?, 100, 100, 0, 0, 0, 0, 0, 0, 0)""")) {
                row.setObject(1, day);
                row.setLong(2, desk);
                row.setString(3, market);
                row.executeUpdate();
            }
            var answer = CompletableFuture.runAsync(() -> asVisitor(answering), threads);
            Deadlocks.awaitWritten(
                    dataSource,
                    "select count(*) from survey_answer where desk_id = ?",
                    desk,
                    PATIENCE,
                    "the answer was never written");
            // the cycle: the holder wants the row the waiting answer inserted
            try (var row = holder.prepareStatement(
                    "select id from survey_answer where answered_on = ? and desk_id = ? for update")) {
                row.setObject(1, day);
                row.setLong(2, desk);
                row.executeQuery().close();
            }
            holder.rollback();
            answer.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        }
        assertThat(Deadlocks.resolved(jdbc)).as("deadlocks MariaDB resolved").isGreaterThan(deadlocks);
        assertThat(jdbc.queryForObject(
                        "select count(*) from job_lock where locked_by = 'survey-day-test'", Integer.class))
                .isZero();
    }

    // ---- who does what

    private static @Nullable Integer recommend(int i) {
        return RECOMMEND.get(i % RECOMMEND.size());
    }

    private static long anInteraction() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
    }

    private static String address() {
        return "198.51.100." + UUID.randomUUID();
    }

    private static <T> T asCounsellor(Supplier<T> action) {
        return TestUsers.as("counsellor", AppRoles.COUNSELLOR, action);
    }

    private static void asVisitor(Runnable action) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new AnonymousAuthenticationToken(
                "visitor", "anonymous", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        SecurityContextHolder.setContext(context);
        try {
            action.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
