package org.comptoir.demo;

import java.time.LocalDate;
import java.time.Month;
import org.comptoir.reference.WorldRegion;
import org.jspecify.annotations.Nullable;

/**
 * Where visitors come from, and how each market went through Covid: an index on 2019 per year
 * (2019 = 1), applied from the day the market collapsed. Figures in docs/decisions/0013-demo-history.md.
 */
enum DemoMarket {

    /** Holds up better, with a domestic boost in the summers of 2020 and 2021. */
    FRANCE(
            0.72,
            new double[] {0.97, 1.0, 0.85, 0.92, 1.03, 1.04, 1.05, 1.06, 1.07},
            LocalDate.of(2020, 3, 1),
            new Weighted<String>().add("FR", 1)),
    /** −75 % in 2020 and 2021, then 60 % of 2019 in 2022, 85 % in 2023, back in 2024. */
    EUROPE(
            0.22,
            new double[] {0.96, 1.0, 0.25, 0.25, 0.6, 0.85, 1.0, 1.02, 1.03},
            LocalDate.of(2020, 3, 1),
            new Weighted<String>()
                    .add("GB", 21)
                    .add("DE", 19)
                    .add("BE", 17)
                    .add("NL", 14)
                    .add("ES", 9)
                    .add("IT", 8)
                    .add("CH", 7)
                    .add("PT", 2)
                    .add("AT", 1)
                    .add("PL", 1)
                    .add("IE", 1)
                    .add("LU", 1)),
    /** −95 %, and back later and slower: 20 % in 2022, 45 % in 2023, 70 % in 2024, 80 % in 2025. */
    LONG_HAUL(
            0.06,
            new double[] {0.95, 1.0, 0.04, 0.05, 0.2, 0.45, 0.7, 0.8, 0.85},
            LocalDate.of(2020, 2, 1),
            new Weighted<String>()
                    .add("US", 27)
                    .add("CA", 18)
                    .add("CN", 11)
                    .add("JP", 9)
                    .add("AU", 6)
                    .add("MA", 6)
                    .add("BR", 5)
                    .add("KR", 4)
                    .add("IL", 3)
                    .add("IN", 3)
                    .add("TN", 3)
                    .add("SN", 2)
                    .add("AR", 2)
                    .add("MX", 2));

    private static final int FIRST_YEAR = 2018;
    private static final double FRENCH_SUMMER_2020 = 1.2;
    private static final double FRENCH_SUMMER_2021 = 1.15;
    /** Share of the visitors whose country is known, in 2019. */
    final double share;

    private final double[] yearIndex;
    private final LocalDate collapse;
    final Weighted<String> countries;

    DemoMarket(double share, double[] yearIndex, LocalDate collapse, Weighted<String> countries) {
        this.share = share;
        this.yearIndex = yearIndex;
        this.collapse = collapse;
        this.countries = countries;
    }

    /** This market's visitors that day, on 2019 = 1; years outside 2018–2026 take the nearest one. */
    double index(LocalDate day) {
        var year = Math.clamp(day.getYear(), FIRST_YEAR, FIRST_YEAR + yearIndex.length - 1);
        if (day.getYear() == 2020 && day.isBefore(collapse)) {
            year = 2019;
        }
        if (this == FRANCE && (day.getMonth() == Month.JULY || day.getMonth() == Month.AUGUST)) {
            if (day.getYear() == 2020) {
                return FRENCH_SUMMER_2020;
            }
            if (day.getYear() == 2021) {
                return FRENCH_SUMMER_2021;
            }
        }
        return yearIndex[year - FIRST_YEAR];
    }

    /** The market of a country code, as the reports group them; null for an unknown country. */
    static @Nullable DemoMarket of(@Nullable String country) {
        return country == null ? null : valueOf(WorldRegion.market(country).name());
    }
}
