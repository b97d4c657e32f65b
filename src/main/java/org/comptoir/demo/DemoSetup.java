package org.comptoir.demo;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.comptoir.attraction.AttractionService;
import org.comptoir.base.ComptoirProperties;
import org.comptoir.base.RuleViolation;
import org.comptoir.reference.ListItem;
import org.comptoir.reference.ListItemDraft;
import org.comptoir.reference.ListKind;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.security.AppRoles;
import org.comptoir.security.CurrentUser;
import org.comptoir.security.UserDraft;
import org.comptoir.security.UserService;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the demo history needs in the database: in demo mode, two more desks and a handful of
 * counsellors, created through the services an admin uses; then the ids of desks, interests,
 * question topics and active attractions for the generator.
 */
@Component
class DemoSetup {

    static final String MAIN = "MAIN";
    static final String SUMMIT = "PUY_DE_DOME";
    static final String SPA = "ROYAT";
    /** The demo counsellors of each desk; {@code counsellor} is the demo user everybody signs in as. */
    static final Map<String, List<String>> TEAMS = Map.of(
            MAIN, List.of("counsellor", "amelie", "bastien", "chloe"),
            SUMMIT, List.of("damien", "elodie"),
            SPA, List.of("fabien", "gaelle"));

    private static final Map<String, String> DISPLAY_NAMES = Map.of(
            "amelie", "Amélie", "bastien", "Bastien", "chloe", "Chloé", "damien", "Damien", "elodie", "Élodie",
            "fabien", "Fabien", "gaelle", "Gaëlle");
    private static final Logger log = LoggerFactory.getLogger(DemoSetup.class);

    private final ReferenceListService lists;
    private final UserService users;
    private final AttractionService attractions;
    private final ComptoirProperties properties;

    DemoSetup(
            ReferenceListService lists,
            UserService users,
            AttractionService attractions,
            ComptoirProperties properties) {
        this.lists = lists;
        this.users = users;
        this.attractions = attractions;
        this.properties = properties;
    }

    /** In demo mode, adds the desks and counsellors that are missing; the ids the generator needs. */
    DemoReferences prepare() {
        return CurrentUser.asAdmin("demo-history", () -> {
            if (properties.demo()) {
                addDesks();
                addCounsellors();
            }
            return references();
        });
    }

    private void addDesks() {
        var existing = lists.idsByCode(ListKind.DESK);
        var main = existing.get(MAIN);
        addDesk(existing, SUMMIT, "Point info Puy de Dôme (sommet)", "Puy de Dôme summit info point", 10, main);
        addDesk(existing, SPA, "Accueil Royat-Chamalières", "Royat-Chamalières desk", 20, main);
    }

    private void addDesk(
            Map<String, Long> existing, String code, String nameFr, String nameEn, int order, @Nullable Long main) {
        if (existing.containsKey(code)) {
            return;
        }
        var desk = lists.save(ListKind.DESK, new ListItemDraft(null, 0, code, nameFr, nameEn, order));
        if (main != null) {
            // the same quick-count buttons as the main desk
            lists.setQuickQuestions(
                    desk.id(),
                    lists.quickQuestions(main).stream().map(ListItem::id).toList());
        }
        log.info("Demo mode: added the desk {}", nameFr);
    }

    /**
     * Real users, so that the counsellor filter of the reports and the users list agree. Nobody
     * signs in as them (a random password; an admin can reset it): they are names in the history.
     */
    private void addCounsellors() {
        var desks = lists.idsByCode(ListKind.DESK);
        var random = new SecureRandom();
        var added = new ArrayList<String>();
        TEAMS.forEach((desk, team) -> team.stream()
                .filter(DISPLAY_NAMES::containsKey)
                .forEach(username -> {
                    var secret = new byte[18];
                    random.nextBytes(secret);
                    try {
                        users.save(new UserDraft(
                                null,
                                0,
                                username,
                                DISPLAY_NAMES.get(username) + " (démo)",
                                Set.of(AppRoles.COUNSELLOR),
                                desks.get(desk),
                                Base64.getEncoder().encodeToString(secret)));
                        added.add(username);
                    } catch (RuleViolation taken) {
                        if (!"user.username.taken".equals(taken.messageKey())) {
                            throw taken;
                        }
                    }
                }));
        if (!added.isEmpty()) {
            log.info("Demo mode: added the counsellors {}", added);
        }
    }

    private DemoReferences references() {
        var desks = lists.idsByCode(ListKind.DESK);
        var main = desks.get(MAIN);
        if (main == null) {
            main = lists.activeDesks(Locale.FRENCH).getFirst().id();
        }
        var teams = new LinkedHashMap<Long, List<String>>();
        for (var team : TEAMS.entrySet()) {
            var id = desks.get(team.getKey());
            if (id != null) {
                teams.put(id, team.getValue());
            }
        }
        teams.putIfAbsent(main, TEAMS.get(MAIN));
        var pickable = attractions.active().stream()
                .map(a -> new DemoReferences.Pickable(a.id(), a.interestIds(), a.monthsOpen()))
                .toList();
        return new DemoReferences(
                main,
                desks.get(SUMMIT),
                desks.get(SPA),
                teams,
                lists.idsByCode(ListKind.INTEREST),
                lists.idsByCode(ListKind.QUESTION),
                pickable);
    }
}
