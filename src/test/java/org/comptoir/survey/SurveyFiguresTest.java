package org.comptoir.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.comptoir.ComptoirTest;
import org.comptoir.TestDesks;
import org.comptoir.TestUsers;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.reference.WorldRegion.Market;
import org.comptoir.security.AppRoles;
import org.comptoir.suggestion.SheetLanguage;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The numbers the satisfaction report will need equal those computed one by one from the raw answers: in all, by
 * month, desk and market, with the NPS, for a period and the same dates a year before.
 */
@ComptoirTest
@WithMockUser(username = "director", roles = AppRoles.DIRECTOR)
class SurveyFiguresTest {

    /** Years no other test answers in. */
    private static final int YEAR = 2041;

    @Autowired
    SurveyFigures figures;

    @Autowired
    SurveyService surveys;

    @Autowired
    ReferenceListService lists;

    @Autowired
    DataSource dataSource;

    @Test
    void the_figures_of_a_period_and_of_the_year_before_equal_the_raw_answers_counted_one_by_one() {
        var deskA = TestDesks.create(lists, "FIG", "Accueil A", "Desk A");
        var deskB = TestDesks.create(lists, "FIG", "Accueil B", "Desk B");
        var random = new Random(17);
        var answers = new ArrayList<SurveyAnswer>();
        for (int i = 0; i < 600; i++) {
            var day = LocalDate.of(YEAR - 1 + random.nextInt(2), 1, 1).plusDays(random.nextInt(365));
            answers.add(new SurveyAnswer(
                    day,
                    random.nextBoolean() ? SurveySource.KIOSK : SurveySource.SHEET,
                    random.nextBoolean() ? deskA : deskB,
                    random.nextInt(4) == 0 ? null : Market.values()[random.nextInt(3)],
                    SheetLanguage.values()[random.nextInt(6)],
                    1 + random.nextInt(5),
                    random.nextInt(3) == 0 ? null : 1 + random.nextInt(5),
                    random.nextInt(3) == 0 ? null : 1 + random.nextInt(5),
                    random.nextInt(3) == 0 ? null : random.nextInt(11),
                    random.nextInt(5) == 0 ? "comment " + i : null));
        }
        TestUsers.as("admin", AppRoles.ADMIN, () -> surveys.importAnswers(answers));
        var from = LocalDate.of(YEAR, 3, 10);
        var to = LocalDate.of(YEAR, 9, 20);

        var whole = figures.compare(from, to, null);
        var oneDesk = figures.period(from, to, deskB);

        var raw = rawAnswers();
        assertThat(raw).hasSize(600);
        assertExact(whole.period(), raw, from, to, null);
        assertExact(whole.lastYear(), raw, from.minusYears(1), to.minusYears(1), null);
        assertExact(oneDesk, raw, from, to, deskB);
        assertThat(whole.period().total().answers()).isPositive();
        assertThat(whole.period().byDesk()).containsOnlyKeys(deskA, deskB);
        assertThat(whole.period().byMonth().firstKey()).isEqualTo(YearMonth.of(YEAR, 3));
        assertThat(whole.period().byMonth().lastKey()).isEqualTo(YearMonth.of(YEAR, 9));
    }

    @Test
    void the_nps_is_promoters_minus_detractors_in_percent_of_those_who_answered() {
        var numbers = List.of(10, 9, 8, 7, 6, 0).stream()
                .map(score -> SurveyNumbers.of(answer(score)))
                .reduce(SurveyNumbers.NONE, SurveyNumbers::plus)
                .plus(SurveyNumbers.of(answer(null)));

        assertThat(numbers.answers()).isEqualTo(7);
        assertThat(numbers.recommendCount()).isEqualTo(6);
        assertThat(numbers.promoters()).isEqualTo(2);
        assertThat(numbers.detractors()).isEqualTo(2);
        assertThat(numbers.nps()).isZero();
        assertThat(SurveyNumbers.of(answer(9)).nps()).isEqualTo(100.0);
        assertThat(SurveyNumbers.of(answer(3)).nps()).isEqualTo(-100.0);
        assertThat(SurveyNumbers.of(answer(null)).nps()).isNull();
        assertThat(SurveyNumbers.NONE.satisfaction()).isNull();
    }

    @Test
    @WithMockUser(username = "counsellor", roles = AppRoles.COUNSELLOR)
    void counsellors_do_not_get_the_figures() {
        assertThatThrownBy(() -> figures.period(LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31), (Long) null))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static SurveyAnswer answer(@Nullable Integer recommend) {
        return new SurveyAnswer(
                LocalDate.of(YEAR, 1, 1),
                SurveySource.KIOSK,
                1,
                null,
                SheetLanguage.FR,
                4,
                null,
                null,
                recommend,
                null);
    }

    /** Every answer of those years, read back as rows. */
    private List<SurveyAnswer> rawAnswers() {
        return new JdbcTemplate(dataSource)
                .query(
                        "select * from survey_answer where year(answered_on) between ? and ?",
                        (row, n) -> new SurveyAnswer(
                                row.getObject("answered_on", LocalDate.class),
                                SurveySource.valueOf(row.getString("source")),
                                row.getLong("desk_id"),
                                row.getString("market") == null ? null : Market.valueOf(row.getString("market")),
                                SheetLanguage.fromCode(row.getString("language")),
                                row.getInt("satisfaction"),
                                row.getObject("welcome", Integer.class),
                                row.getObject("usefulness", Integer.class),
                                row.getObject("recommend", Integer.class),
                                row.getString("comment")),
                        YEAR - 2,
                        YEAR);
    }

    /** The figures counted one answer at a time, compared with what the service gives. */
    private static void assertExact(
            SurveyPeriodFigures given, List<SurveyAnswer> raw, LocalDate from, LocalDate to, @Nullable Long desk) {
        var total = SurveyNumbers.NONE;
        var byMonth = new TreeMap<YearMonth, SurveyNumbers>();
        var byDesk = new HashMap<Long, SurveyNumbers>();
        var byMarket = new EnumMap<Market, SurveyNumbers>(Market.class);
        var notGiven = SurveyNumbers.NONE;
        for (var answer : raw) {
            var day = answer.answeredOn();
            if (day.isBefore(from) || day.isAfter(to) || desk != null && answer.deskId() != desk) {
                continue;
            }
            var one = SurveyNumbers.of(answer);
            total = total.plus(one);
            byMonth.merge(YearMonth.from(day), one, SurveyNumbers::plus);
            byDesk.merge(answer.deskId(), one, SurveyNumbers::plus);
            if (answer.market() == null) {
                notGiven = notGiven.plus(one);
            } else {
                byMarket.merge(answer.market(), one, SurveyNumbers::plus);
            }
        }
        assertThat(given.total()).isEqualTo(total);
        assertThat(given.byMonth()).isEqualTo(byMonth);
        assertThat(given.byDesk()).isEqualTo(Map.copyOf(byDesk));
        assertThat(given.byMarket()).isEqualTo(Map.copyOf(byMarket));
        assertThat(given.marketNotGiven()).isEqualTo(notGiven);
        assertThat(given.total().satisfaction()).isEqualTo((double) total.satisfactionSum() / total.answers());
    }
}
