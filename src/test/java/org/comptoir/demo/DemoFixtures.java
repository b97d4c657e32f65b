package org.comptoir.demo;

import java.time.Month;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** References like a demo database's, without one: three desks, the interests and topics, a few attractions. */
final class DemoFixtures {

    static final long MAIN = 1;
    static final long SUMMIT = 2;
    static final long SPA = 3;

    private DemoFixtures() {}

    static DemoReferences references() {
        var interests = new LinkedHashMap<String, Long>();
        var codes = List.of(
                "VOLCANOES_NATURE",
                "HIKING",
                "CYCLING",
                "HERITAGE_HISTORY",
                "MUSEUMS",
                "MICHELIN_INDUSTRIAL",
                "GASTRONOMY",
                "SPAS_WELLNESS",
                "FAMILY_KIDS",
                "EVENTS_FESTIVALS",
                "SHOPPING_CRAFTS",
                "OUTDOOR_SPORTS");
        for (int i = 0; i < codes.size(); i++) {
            interests.put(codes.get(i), 11L + i);
        }
        var questions = new LinkedHashMap<String, Long>();
        var topics = List.of(
                "DIRECTIONS_MAPS",
                "ACCOMMODATION",
                "RESTAURANTS",
                "TRANSPORT",
                "EVENTS",
                "HIKING_ROUTES",
                "TICKETS",
                "WEATHER",
                "PRACTICAL_INFO",
                "BROCHURES");
        for (int i = 0; i < topics.size(); i++) {
            questions.put(topics.get(i), 101L + i);
        }
        var allYear = EnumSet.allOf(Month.class);
        var summer = EnumSet.range(Month.APRIL, Month.OCTOBER);
        var attractions = List.of(
                new DemoReferences.Pickable(501, Set.of(11L, 12L), allYear),
                new DemoReferences.Pickable(502, Set.of(14L, 15L), allYear),
                new DemoReferences.Pickable(503, Set.of(16L, 15L), allYear),
                new DemoReferences.Pickable(504, Set.of(18L), allYear),
                new DemoReferences.Pickable(505, Set.of(12L, 13L, 22L), summer),
                new DemoReferences.Pickable(506, Set.of(19L, 11L), summer),
                new DemoReferences.Pickable(507, Set.of(17L, 21L), allYear));
        return new DemoReferences(
                MAIN,
                SUMMIT,
                SPA,
                Map.of(MAIN, List.of("counsellor", "amelie"), SUMMIT, List.of("damien"), SPA, List.of("fabien")),
                interests,
                questions,
                attractions);
    }
}
