package org.comptoir.report.aggregate;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.comptoir.reference.Country;
import org.comptoir.reference.WorldRegion;
import org.comptoir.reference.WorldRegion.Market;
import org.jspecify.annotations.Nullable;

/**
 * The one-letter market the aggregates hold instead of the country where a report only needs the market:
 * F France, E rest of Europe, W rest of the world, "" not given. The same rule in Java (kept save by save)
 * and in SQL (rebuilt from the raw rows, and the naive computation), both from {@link WorldRegion}.
 */
public final class MarketCodes {

    static final String NOT_GIVEN = "";

    private MarketCodes() {}

    public static String of(@Nullable String country) {
        if (country == null || country.isEmpty()) {
            return NOT_GIVEN;
        }
        return code(WorldRegion.market(country));
    }

    public static String code(Market market) {
        return switch (market) {
            case FRANCE -> "F";
            case EUROPE -> "E";
            case LONG_HAUL -> "W";
        };
    }

    public static Market market(String code) {
        return switch (code) {
            case "F" -> Market.FRANCE;
            case "E" -> Market.EUROPE;
            case "W" -> Market.LONG_HAUL;
            default -> throw new IllegalArgumentException("no market " + code);
        };
    }

    /** The same rule as an SQL expression on a country column. */
    static String sql(String column) {
        var europe = Arrays.stream(WorldRegion.values())
                .filter(WorldRegion::isEurope)
                .flatMap(r -> r.countries().stream())
                .filter(c -> !c.equals(Country.FRANCE))
                .sorted()
                .map(c -> "'" + c + "'")
                .collect(Collectors.joining(", "));
        return "(CASE WHEN " + column + " IS NULL OR " + column + " = '' THEN '' WHEN " + column + " = 'FR' THEN 'F'"
                + " WHEN " + column + " IN (" + europe + ") THEN 'E' ELSE 'W' END)";
    }
}
