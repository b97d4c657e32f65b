package org.comptoir.reference;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The sub-regions of the UN M49 standard ("Standard country or area codes for statistical use"), with the
 * ISO 3166-1 countries each holds, and the market a tourist office reads them as: France, the rest of
 * Europe (M49 region Europe, 150) or the rest of the world (long-haul). M49 places Cyprus and Turkey in
 * Western Asia, and so do we. Counts imported without their country (issue 18) hold a market only, under two
 * user-assigned ISO codes placed in regions of their own: {@link Country#EUROPE_NOT_GIVEN} (rest of Europe) and
 * {@link Country#WORLD_NOT_GIVEN} (rest of the world). Labels: translation keys {@code WorldRegion.<VALUE>}.
 */
public enum WorldRegion {
    WESTERN_EUROPE("155", "AT BE FR DE LI LU MC NL CH"),
    NORTHERN_EUROPE("154", "AX DK EE FO FI GG IS IE IM JE LV LT NO SJ SE GB"),
    SOUTHERN_EUROPE("039", "AL AD BA HR GI GR VA IT MT ME MK PT SM RS SI ES"),
    EASTERN_EUROPE("151", "BY BG CZ HU PL MD RO RU SK UA"),
    NORTHERN_AMERICA("021", "BM CA GL PM US"),
    LATIN_AMERICA_CARIBBEAN(
            "419",
            "AI AG AW BS BB BQ VG KY CU CW DM DO GD GP HT JM MQ MS PR BL KN LC MF VC SX TT TC VI"
                    + " BZ CR SV GT HN MX NI PA AR BO BV BR CL CO EC FK GF GY PY PE GS SR UY VE"),
    EASTERN_ASIA("030", "CN HK MO KP JP MN KR TW"),
    SOUTH_EASTERN_ASIA("035", "BN KH ID LA MY MM PH SG TH TL VN"),
    SOUTHERN_ASIA("034", "AF BD BT IN IR MV NP PK LK"),
    CENTRAL_ASIA("143", "KZ KG TJ TM UZ"),
    WESTERN_ASIA("145", "AM AZ BH CY GE IQ IL JO KW LB OM QA SA PS SY TR AE YE"),
    NORTHERN_AFRICA("015", "DZ EG LY MA SD TN EH"),
    SUB_SAHARAN_AFRICA(
            "202",
            "IO BI KM DJ ER ET TF KE MG MW MU YT MZ RE RW SC SO SS UG TZ ZM ZW"
                    + " AO CM CF TD CG CD GQ GA ST BW SZ LS NA ZA BJ BF CV CI GM GH GN GW LR ML MR NE NG SH SN SL TG"),
    OCEANIA("009", "AU CX CC HM NZ NF FJ NC PG SB VU GU KI MH FM NR MP PW UM AS CK PF NU PN WS TK TO TV WF"),
    /** Visitors counted as "rest of Europe" without their country (imported counts): M49's Europe, 150. */
    EUROPE_NOT_GIVEN("150", Country.EUROPE_NOT_GIVEN),
    /** Visitors counted as "rest of the world" without their country (imported counts): M49's World, 001. */
    WORLD_NOT_GIVEN("001", Country.WORLD_NOT_GIVEN),
    OTHER("", "AQ");

    private static final Map<String, WorldRegion> BY_COUNTRY = new HashMap<>();

    static {
        for (var region : values()) {
            for (var country : region.countries) {
                if (BY_COUNTRY.put(country, region) != null) {
                    throw new IllegalStateException(country + " is in two M49 sub-regions");
                }
            }
        }
    }

    private final String m49;
    private final Set<String> countries;

    WorldRegion(String m49, String countries) {
        this.m49 = m49;
        this.countries = Set.of(countries.split(" "));
    }

    /** The M49 code of the sub-region, e.g. "155" for Western Europe. */
    public String m49() {
        return m49;
    }

    public boolean isEurope() {
        return this == WESTERN_EUROPE
                || this == NORTHERN_EUROPE
                || this == SOUTHERN_EUROPE
                || this == EASTERN_EUROPE
                || this == EUROPE_NOT_GIVEN;
    }

    public Set<String> countries() {
        return countries;
    }

    /** The sub-region of an ISO 3166-1 alpha-2 code; OTHER for a code M49 does not place. */
    public static WorldRegion of(String country) {
        return BY_COUNTRY.getOrDefault(country, OTHER);
    }

    public static Optional<WorldRegion> find(String name) {
        return Arrays.stream(values()).filter(r -> r.name().equals(name)).findFirst();
    }

    /** The market of a country: France, the rest of Europe, or the rest of the world. */
    public static Market market(String country) {
        if (Country.FRANCE.equals(country)) {
            return Market.FRANCE;
        }
        return of(country).isEurope() ? Market.EUROPE : Market.LONG_HAUL;
    }

    /** How a tourist office groups origins. Labels: translation keys {@code Market.<VALUE>}. */
    public enum Market {
        FRANCE,
        EUROPE,
        LONG_HAUL
    }
}
