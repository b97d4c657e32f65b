package org.comptoir.attraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.Month;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.comptoir.base.StartupOrder;
import org.comptoir.reference.ListKind;
import org.comptoir.reference.ReferenceListService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The curated starter set: real attractions of Clermont-Ferrand, the Chaîne des Puys – Limagne fault
 * UNESCO site and the Puy-de-Dôme, loaded into a new database (one with no attraction yet).
 */
@Component
@Order(StartupOrder.STARTER_SET)
class StarterSet implements ApplicationRunner {

    static final String RESOURCE = "attraction/starter-set.json";
    private static final Logger log = LoggerFactory.getLogger(StarterSet.class);

    private final AttractionRepository attractions;
    private final ReferenceListService lists;
    private final DriveTimes driveTimes;

    StarterSet(AttractionRepository attractions, ReferenceListService lists, DriveTimes driveTimes) {
        this.attractions = attractions;
        this.lists = lists;
        this.driveTimes = driveTimes;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (attractions.count() > 0) {
            return;
        }
        var interests = lists.idsByCode(ListKind.INTEREST);
        int loaded = 0;
        for (var node : read()) {
            var draft = draft(node, interests);
            var problems = AttractionRules.problems(draft);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("Starter set record " + draft.slug() + " is invalid: " + problems);
            }
            var attraction = new Attraction(AttractionSource.STARTER_SET);
            attraction.apply(draft, driveTimes);
            attractions.save(attraction);
            loaded++;
        }
        log.info("Loaded the starter set: {} attractions", loaded);
    }

    private static JsonNode read() {
        try (var in = new ClassPathResource(RESOURCE).getInputStream()) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AttractionDraft draft(JsonNode n, Map<String, Long> interestIds) {
        var interests = new HashSet<Long>();
        n.path("interests").forEach(code -> {
            var id = interestIds.get(code.asString());
            if (id == null) {
                throw new IllegalStateException("unknown interest " + code.asString());
            }
            interests.add(id);
        });
        var months = new HashSet<Month>();
        n.path("monthsOpen").forEach(m -> months.add(Month.of(m.asInt())));
        var closed = new HashSet<DayOfWeek>();
        n.path("closedDays").forEach(d -> closed.add(DayOfWeek.valueOf(d.asString())));
        return new AttractionDraft(
                null,
                0,
                text(n, "slug"),
                n.path("name").path("fr").asString(),
                n.path("name").path("en").asString(),
                text(n.path("description"), "fr"),
                text(n.path("description"), "en"),
                AttractionCategory.valueOf(n.path("category").asString()),
                interests,
                text(n, "address"),
                text(n, "postalCode"),
                text(n, "commune"),
                n.path("latitude").asDouble(),
                n.path("longitude").asDouble(),
                integer(n, "driveMinutes"),
                integer(n, "visitMinutes"),
                n.path("priceLevel").isNull()
                        ? null
                        : PriceLevel.valueOf(n.path("priceLevel").asString()),
                months,
                closed,
                text(n.path("openingNotes"), "fr"),
                text(n.path("openingNotes"), "en"),
                n.path("familyFriendly").asBoolean(),
                integer(n, "minAge"),
                n.path("accessible").asBoolean(),
                n.path("indoor").asBoolean(),
                n.path("dogsAllowed").asBoolean(),
                strings(n.path("languages")),
                strings(n.path("labels")),
                text(n, "website"),
                text(n, "phone"),
                AttractionSource.STARTER_SET,
                null,
                null,
                true);
    }

    private static String text(JsonNode node, String field) {
        var value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asString();
    }

    private static Integer integer(JsonNode node, String field) {
        var value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asInt();
    }

    private static Set<String> strings(JsonNode array) {
        var values = new HashSet<String>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }
}
