package org.comptoir.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.comptoir.visit.Accommodation;
import org.comptoir.visit.Channel;
import org.comptoir.visit.ConversationLanguage;
import org.comptoir.visit.PartyType;
import org.comptoir.visit.StayLength;
import org.comptoir.visit.VisitorType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generator alone: deterministic, and its yearly output shows what the reports are meant to
 * show — the Covid collapse of foreign visitors, Europe back before long-haul, longer stays, summers
 * and weekends — with every field consistent with the others.
 */
class DemoHistoryTest {

    private static final LocalDate FROM = DemoHistory.FIRST_DAY;
    private static final LocalDate TO = LocalDate.of(2025, 12, 31);
    private static final int SIZE = 200_000;
    private static List<DemoRow> rows;

    @BeforeAll
    static void generate() {
        var started = System.nanoTime();
        rows = new DemoHistory(42, SIZE, FROM, TO, DemoFixtures.references())
                .rows()
                .toList();
        System.out.printf("Generated %,d rows in %d ms%n", rows.size(), (System.nanoTime() - started) / 1_000_000);
        System.out.println(yearlyTable());
    }

    @Test
    void the_same_seed_and_size_give_exactly_the_same_rows() {
        var first = new DemoHistory(7, 20_000, FROM, TO, DemoFixtures.references())
                .rows()
                .toList();
        var again = new DemoHistory(7, 20_000, FROM, TO, DemoFixtures.references())
                .rows()
                .toList();
        var otherSeed = new DemoHistory(8, 20_000, FROM, TO, DemoFixtures.references())
                .rows()
                .toList();

        assertThat(again).isEqualTo(first);
        assertThat(digest(again)).isEqualTo(digest(first));
        assertThat(digest(otherSeed)).isNotEqualTo(digest(first));
    }

    @Test
    void it_gives_exactly_the_size_asked_in_time_order_within_the_days_asked() {
        assertThat(rows).hasSize(SIZE);
        assertThat(rows.getFirst().occurredAt().toLocalDate()).isAfterOrEqualTo(FROM);
        assertThat(rows.getLast().occurredAt().toLocalDate()).isBeforeOrEqualTo(TO);
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i).occurredAt())
                    .isAfterOrEqualTo(rows.get(i - 1).occurredAt());
        }
    }

    @Test
    void foreign_visitors_collapse_in_2020_and_2021_and_are_mostly_back_in_2023() {
        var foreign2019 = foreignShare(2019);

        assertThat(foreign2019).isBetween(0.25, 0.31);
        assertThat(foreignShare(2020)).isLessThan(foreign2019 / 2);
        assertThat(foreignShare(2021)).isLessThan(foreign2019 / 2);
        assertThat(foreignShare(2023)).isBetween(foreign2019 * 0.7, foreign2019);
    }

    @Test
    void europeans_come_back_from_2022_and_long_haul_visitors_later_and_slower() {
        assertThat(index(DemoMarket.EUROPE, 2020)).isBetween(0.18, 0.32);
        assertThat(index(DemoMarket.EUROPE, 2021)).isBetween(0.15, 0.32);
        assertThat(index(DemoMarket.LONG_HAUL, 2021)).isLessThan(0.1);
        assertThat(index(DemoMarket.EUROPE, 2022)).isGreaterThan(index(DemoMarket.EUROPE, 2021) * 2);
        assertThat(index(DemoMarket.EUROPE, 2023)).isGreaterThan(index(DemoMarket.EUROPE, 2022));
        assertThat(index(DemoMarket.EUROPE, 2024)).isCloseTo(1.0, within(0.1));
        assertThat(index(DemoMarket.LONG_HAUL, 2022)).isLessThan(index(DemoMarket.EUROPE, 2022) / 2);
        assertThat(index(DemoMarket.LONG_HAUL, 2023)).isLessThan(index(DemoMarket.EUROPE, 2023) - 0.25);
        assertThat(index(DemoMarket.LONG_HAUL, 2025)).isBetween(0.65, 0.95);
        assertThat(index(DemoMarket.FRANCE, 2020))
                .as("the French hold up better")
                .isGreaterThan(index(DemoMarket.EUROPE, 2020) * 2);
    }

    @Test
    void passing_through_gives_way_to_longer_stays_year_after_year() {
        assertThat(stayShare(2018, StayLength.PASSING_THROUGH))
                .isGreaterThan(stayShare(2025, StayLength.PASSING_THROUGH) + 0.06);
        assertThat(stayShare(2018, StayLength.PASSING_THROUGH))
                .isGreaterThan(stayShare(2022, StayLength.PASSING_THROUGH));
        assertThat(stayShare(2025, StayLength.FOUR_SEVEN_NIGHTS))
                .isGreaterThan(stayShare(2018, StayLength.FOUR_SEVEN_NIGHTS));
        assertThat(stayShare(2025, StayLength.TWO_THREE_NIGHTS))
                .isGreaterThan(stayShare(2018, StayLength.TWO_THREE_NIGHTS));
    }

    @Test
    void summer_months_are_far_busier_than_winter_months_and_covid_closed_the_desk() {
        var perDay = rows.stream()
                .filter(r -> r.occurredAt().getYear() == 2019)
                .collect(Collectors.groupingBy(r -> r.occurredAt().getMonth(), Collectors.counting()));
        assertThat(perDay.get(Month.AUGUST) / 31.0).isGreaterThan(3 * perDay.get(Month.JANUARY) / 31.0);
        assertThat(perDay.get(Month.JULY) / 31.0)
                .isGreaterThan(perDay.get(Month.JUNE) / 30.0)
                .isGreaterThan(2 * perDay.get(Month.NOVEMBER) / 30.0);
        assertThat(rows.stream()
                        .filter(r -> r.channel() == Channel.DESK
                                && between(r, LocalDate.of(2020, 3, 17), LocalDate.of(2020, 5, 10))))
                .isEmpty();
        assertThat(count(r -> between(r, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 3, 31))))
                .isLessThan(count(r -> between(r, LocalDate.of(2019, 1, 1), LocalDate.of(2019, 3, 31))) / 5);
    }

    @Test
    void weekends_are_busier_than_weekdays_per_open_day() {
        var perDay = rows.stream()
                .filter(r -> r.occurredAt().getYear() == 2019)
                .collect(Collectors.groupingBy(r -> r.occurredAt().toLocalDate(), Collectors.counting()));
        var weekend = perDay.entrySet().stream()
                .filter(e -> e.getKey().getDayOfWeek().getValue() >= 6)
                .mapToLong(Map.Entry::getValue)
                .average()
                .orElseThrow();
        var weekdays = perDay.entrySet().stream()
                .filter(e -> e.getKey().getDayOfWeek().getValue() < 6)
                .mapToLong(Map.Entry::getValue)
                .average()
                .orElseThrow();
        assertThat(weekend).isGreaterThan(weekdays * 1.1);
        assertThat(rows.stream()
                        .filter(r -> r.occurredAt().getDayOfWeek() == DayOfWeek.SUNDAY
                                && !DemoCalendar.inSeason(r.occurredAt().toLocalDate()))
                        .allMatch(r -> r.occurredAt().getHour() < 13))
                .as("Sunday mornings only out of season")
                .isTrue();
        assertThat(rows)
                .allMatch(r -> r.occurredAt().getHour() >= 9 && r.occurredAt().getHour() < 19);
    }

    @Test
    void the_mix_of_channels_desks_quick_counts_and_picks_is_the_one_described() {
        assertThat(share(r -> r.channel() == Channel.DESK)).isBetween(0.66, 0.74);
        assertThat(share(r -> r.channel() == Channel.PHONE)).isBetween(0.13, 0.18);
        assertThat(share(r -> r.channel() == Channel.EMAIL)).isBetween(0.06, 0.10);
        assertThat(share(DemoRow::quick)).isBetween(0.13, 0.17);
        var desk = rows.stream()
                .filter(r -> r.channel() == Channel.DESK && !r.quick())
                .toList();
        assertThat(desk.stream().filter(r -> !r.picks().isEmpty()).count() / (double) desk.size())
                .isBetween(0.2, 0.3);
        assertThat(rows)
                .filteredOn(r -> r.deskId() == DemoFixtures.SUMMIT)
                .isNotEmpty()
                .allMatch(r -> DemoCalendar.inSeason(r.occurredAt().toLocalDate()));
        assertThat(rows).filteredOn(r -> r.channel() != Channel.DESK).allMatch(r -> r.deskId() == DemoFixtures.MAIN);
        assertThat(share(r -> r.deskId() == DemoFixtures.MAIN)).isBetween(0.7, 0.9);
    }

    @Test
    void every_row_is_consistent() {
        assertThat(rows).filteredOn(DemoRow::quick).allSatisfy(r -> {
            assertThat(r.adults()).isEqualTo(1);
            assertThat(r.children()).isZero();
            assertThat(r.country()).isNull();
            assertThat(r.questionIds()).hasSize(1);
            assertThat(r.interestIds()).isEmpty();
            assertThat(r.channel()).isIn(Channel.DESK, Channel.PHONE);
        });
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.persons()).isPositive();
            assertThat(r.interestIds()).doesNotHaveDuplicates().hasSizeLessThanOrEqualTo(3);
            assertThat(r.picks()).doesNotHaveDuplicates().hasSizeLessThanOrEqualTo(4);
        });
        var full = rows.stream().filter(r -> !r.quick()).toList();
        assertThat(full).allSatisfy(r -> {
            if (r.stay() == StayLength.PASSING_THROUGH || r.stay() == StayLength.DAY_TRIP || r.stay() == null) {
                assertThat(r.accommodation()).isIn(Accommodation.NONE, null);
            } else {
                assertThat(r.accommodation()).isNotEqualTo(Accommodation.NONE);
            }
            if (r.partyType() == PartyType.FAMILY) {
                assertThat(r.children() > 0 || r.adults() >= 3).isTrue();
            }
            if (r.partyType() == PartyType.ALONE) {
                assertThat(r.persons()).isEqualTo(1);
            }
            if (r.partyType() == PartyType.COUPLE) {
                assertThat(r.persons()).isEqualTo(2);
            }
            if (r.departement() != null) {
                assertThat(r.country()).isEqualTo("FR");
            }
            if ("FR".equals(r.country()) && r.language() != null) {
                assertThat(r.language()).isEqualTo(ConversationLanguage.FR);
            }
            if ("DE".equals(r.country()) && r.language() != null) {
                assertThat(r.language()).isIn(ConversationLanguage.DE, ConversationLanguage.EN);
            }
            if (r.visitorType() == VisitorType.LOCAL_RESIDENT) {
                assertThat(r.departement()).isIn("63", null);
                assertThat(r.stay()).isNull();
            }
            if (!r.picks().isEmpty()) {
                assertThat(r.channel()).isEqualTo(Channel.DESK);
            }
        });
        assertThat(share(r -> r.note() != null)).isLessThan(0.01);
        assertThat(full.stream().filter(r -> "63".equals(r.departement())).count())
                .as("the Puy-de-Dôme first")
                .isGreaterThan(
                        full.stream().filter(r -> "03".equals(r.departement())).count() * 3);
    }

    @Test
    void interests_follow_the_seasons() {
        var hiking = DemoFixtures.references().interests().get("HIKING");
        var spas = DemoFixtures.references().interests().get("SPAS_WELLNESS");
        Predicate<DemoRow> summer = r -> DemoCalendar.summer(r.occurredAt().toLocalDate());
        Predicate<DemoRow> winter =
                r -> r.occurredAt().getMonthValue() <= 2 || r.occurredAt().getMonthValue() == 12;
        assertThat(share(summer, r -> r.interestIds().contains(hiking)))
                .isGreaterThan(2 * share(winter, r -> r.interestIds().contains(hiking)));
        assertThat(share(winter, r -> r.interestIds().contains(spas)))
                .isGreaterThan(share(summer, r -> r.interestIds().contains(spas)));
    }

    private static double foreignShare(int year) {
        var byMarket = visitors(year);
        var known = byMarket.values().stream().mapToLong(Long::longValue).sum();
        return (known - byMarket.getOrDefault(DemoMarket.FRANCE, 0L)) / (double) known;
    }

    /** Visitors (persons) of a market in a year, on 2019 = 1. */
    private static double index(DemoMarket market, int year) {
        return visitors(year).getOrDefault(market, 0L) / (double) visitors(2019).get(market);
    }

    private static Map<DemoMarket, Long> visitors(int year) {
        var result = new EnumMap<DemoMarket, Long>(DemoMarket.class);
        rows.stream()
                .filter(r -> r.occurredAt().getYear() == year && r.country() != null)
                .forEach(r -> result.merge(DemoMarket.of(r.country()), (long) r.persons(), Long::sum));
        return result;
    }

    private static double stayShare(int year, StayLength stay) {
        var withStay = rows.stream()
                .filter(r -> r.occurredAt().getYear() == year && r.stay() != null)
                .toList();
        return withStay.stream().filter(r -> r.stay() == stay).count() / (double) withStay.size();
    }

    private static double share(Predicate<DemoRow> which) {
        return share(r -> true, which);
    }

    private static double share(Predicate<DemoRow> among, Predicate<DemoRow> which) {
        var base = rows.stream().filter(among).toList();
        return base.stream().filter(which).count() / (double) base.size();
    }

    private static long count(Predicate<DemoRow> which) {
        return rows.stream().filter(which).count();
    }

    private static boolean between(DemoRow row, LocalDate first, LocalDate last) {
        var day = row.occurredAt().toLocalDate();
        return !day.isBefore(first) && !day.isAfter(last);
    }

    private static int digest(List<DemoRow> generated) {
        return generated.stream()
                .map(DemoRow::toString)
                .collect(Collectors.joining("\n"))
                .hashCode();
    }

    /** The figures the final report quotes: interactions, foreign visitors by market, passing through. */
    private static String yearlyTable() {
        var text = new StringBuilder("year | interactions | visitors FR | EU (2019=100) | long-haul (2019=100)"
                + " | foreign share | passing through | 2-3 nights | 4-7 nights\n");
        var interactions = new HashMap<Integer, Long>();
        rows.forEach(r -> interactions.merge(r.occurredAt().getYear(), 1L, Long::sum));
        for (int year = FROM.getYear(); year <= TO.getYear(); year++) {
            var v = visitors(year);
            text.append("%d | %,d | %,d | %,d (%.0f) | %,d (%.0f) | %.1f %% | %.1f %% | %.1f %% | %.1f %%%n"
                    .formatted(
                            year,
                            interactions.get(year),
                            v.get(DemoMarket.FRANCE),
                            v.get(DemoMarket.EUROPE),
                            100 * index(DemoMarket.EUROPE, year),
                            v.get(DemoMarket.LONG_HAUL),
                            100 * index(DemoMarket.LONG_HAUL, year),
                            100 * foreignShare(year),
                            100 * stayShare(year, StayLength.PASSING_THROUGH),
                            100 * stayShare(year, StayLength.TWO_THREE_NIGHTS),
                            100 * stayShare(year, StayLength.FOUR_SEVEN_NIGHTS)));
        }
        return text.toString();
    }
}
