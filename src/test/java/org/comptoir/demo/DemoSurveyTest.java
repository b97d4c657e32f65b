package org.comptoir.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.comptoir.reference.WorldRegion;
import org.comptoir.reference.WorldRegion.Market;
import org.comptoir.survey.SurveyAnswer;
import org.comptoir.survey.SurveySource;
import org.comptoir.visit.Channel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo's satisfaction answers go with its history: a plausible number per desk and month, the markets of the
 * visitors met at the desk, satisfaction slowly rising over the years, the same answers for the same seed.
 */
class DemoSurveyTest {

    private static final LocalDate FROM = DemoHistory.FIRST_DAY;
    private static final LocalDate TO = LocalDate.of(2025, 12, 31);
    private static List<DemoRow> rows;
    private static List<SurveyAnswer> answers;

    @BeforeAll
    static void generate() {
        rows = new DemoHistory(42, 50_000, FROM, TO, DemoFixtures.references())
                .rows()
                .toList();
        answers = answers(42);
    }

    private static List<SurveyAnswer> answers(long seed) {
        var survey = new DemoSurvey();
        rows.forEach(survey::count);
        return survey.answers(seed, FROM, TO);
    }

    @Test
    void the_same_seed_gives_the_same_answers_and_another_seed_others() {
        assertThat(answers(42)).isEqualTo(answers);
        assertThat(answers(43)).isNotEqualTo(answers);
    }

    @Test
    void a_desk_gets_a_plausible_number_of_answers_a_month_within_the_history() {
        var visitorsAtTheDesk = rows.stream()
                .filter(r -> !r.quick() && r.channel() == Channel.DESK)
                .mapToInt(DemoRow::persons)
                .sum();
        assertThat((double) answers.size() / visitorsAtTheDesk).isBetween(0.04, 0.06);
        var perDeskAndMonth = answers.stream()
                .collect(Collectors.groupingBy(
                        a -> a.deskId() + " " + YearMonth.from(a.answeredOn()), Collectors.counting()));
        var main = DemoFixtures.references().mainDesk();
        assertThat(perDeskAndMonth.get(main + " 2019-08")).isBetween(20L, 400L);
        assertThat(perDeskAndMonth.values().stream()
                        .mapToLong(Long::longValue)
                        .average()
                        .orElseThrow())
                .isBetween(3.0, 60.0);
        assertThat(answers)
                .allSatisfy(a -> assertThat(a.answeredOn()).isBetween(FROM, TO))
                .extracting(SurveyAnswer::source)
                .contains(SurveySource.KIOSK, SurveySource.SHEET);
        assertThat(answers.stream().map(SurveyAnswer::comment).filter(Objects::nonNull))
                .contains("Sehr freundlich und hilfsbereit, danke!");
    }

    @Test
    void the_markets_of_the_answers_follow_those_of_the_visitors_met_at_the_desk() {
        var visitors = new EnumMap<Market, Double>(Market.class);
        rows.stream()
                .filter(r -> !r.quick() && r.channel() == Channel.DESK && r.country() != null)
                .forEach(r -> visitors.merge(WorldRegion.market(r.country()), (double) r.persons(), Double::sum));
        var answered = new EnumMap<Market, Double>(Market.class);
        answers.stream().filter(a -> a.market() != null).forEach(a -> answered.merge(a.market(), 1.0, Double::sum));

        var expected = shares(visitors);
        var actual = shares(answered);
        for (var market : Market.values()) {
            assertThat(actual.get(market)).as(market.name()).isCloseTo(expected.get(market), within(0.03));
        }
    }

    @Test
    void satisfaction_rises_slightly_over_the_years() {
        var first = mean(2018);
        var last = mean(2025);

        assertThat(first).isBetween(3.8, 4.2);
        assertThat(last).isBetween(4.1, 4.5);
        assertThat(last - first).isBetween(0.1, 0.45);
    }

    private static double mean(int year) {
        return answers.stream()
                .filter(a -> a.answeredOn().getYear() == year)
                .mapToInt(SurveyAnswer::satisfaction)
                .average()
                .orElseThrow();
    }

    private static Map<Market, Double> shares(Map<Market, Double> counts) {
        var total = counts.values().stream().mapToDouble(Double::doubleValue).sum();
        var shares = new EnumMap<Market, Double>(Market.class);
        for (var market : Market.values()) {
            shares.put(market, counts.getOrDefault(market, 0.0) / total);
        }
        return shares;
    }
}
