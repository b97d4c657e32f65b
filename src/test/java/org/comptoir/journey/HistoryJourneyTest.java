package org.comptoir.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.comptoir.ComptoirTest;
import org.comptoir.base.ComptoirProperties;
import org.comptoir.reference.ListKind;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.security.AppRoles;
import org.comptoir.visit.Accommodation;
import org.comptoir.visit.Channel;
import org.comptoir.visit.ConversationLanguage;
import org.comptoir.visit.Interactions;
import org.comptoir.visit.Outcome;
import org.comptoir.visit.PartyType;
import org.comptoir.visit.Purpose;
import org.comptoir.visit.StayLength;
import org.comptoir.visit.VisitService;
import org.comptoir.visit.VisitorType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A director reads the history in a real headless Chromium, from a shared link, opens an
 * interaction's details and downloads the selection as CSV.
 */
@ComptoirTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistoryJourneyTest {

    @LocalServerPort
    int port;

    @Autowired
    VisitService visits;

    @Autowired
    ReferenceListService lists;

    @Autowired
    ComptoirProperties properties;

    @Autowired
    Clock clock;

    Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = Browser.start(port);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void a_director_opens_a_shared_link_reads_the_details_and_downloads_the_csv() throws Exception {
        var counsellor = "journey" + System.nanoTime() % 100_000;
        logInteractions(counsellor);
        var today = LocalDate.now(clock.withZone(properties.timeZone()));
        var from = today.withDayOfMonth(1);

        var page = browser.newPage();
        page.navigate("/login");
        page.locator("#vaadinLoginUsername input").fill("director");
        var password = page.locator("#vaadinLoginPassword input");
        password.fill("director");
        password.press("Enter");
        page.waitForURL(url -> !url.contains("/login"));
        page.navigate("/history?from=" + from + "&to=" + today + "&counsellor=" + counsellor);

        assertThat(page.locator(".history-count")).hasText("3 contacts");
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Pays-Bas")))
                .hasCount(1);
        assertThat(page.locator("vaadin-side-nav-item[current]")).containsText("Historique");
        Browser.screenshot(page, "history-director");

        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Pays-Bas"))
                .click();
        var dialog = page.locator("vaadin-dialog");
        assertThat(dialog).containsText("Historique des modifications");
        assertThat(dialog).containsText("Pays : Pays-Bas");
        Browser.screenshot(page, "history-details");
        page.getByText("Fermer").click();

        var download =
                page.waitForDownload(() -> page.locator(".history-export").click());
        assertThat(download.suggestedFilename()).isEqualTo("comptoir-history-" + from + "-" + today + ".csv");
        var csv = new String(Files.readAllBytes(download.path()), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFDate;Heure;Accueil;").contains(";Pays-Bas;NL;", ";Belgique;BE;");
        assertThat(csv.split("\r\n")).hasSize(4);
        // the screen polled while the download was written: it says so when done
        assertThat(page.locator("vaadin-notification-card")
                        .filter(new Locator.FilterOptions().setHasText("Export CSV prêt : 3 contact(s).")))
                .isVisible();
        page.context().close();
    }

    private void logInteractions(String counsellor) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TestingAuthenticationToken(counsellor, "", "ROLE_" + AppRoles.COUNSELLOR));
        SecurityContextHolder.setContext(context);
        try {
            var hiking = lists.items(ListKind.INTEREST, false).stream()
                    .filter(i -> i.code().equals("HIKING"))
                    .findFirst()
                    .orElseThrow()
                    .id();
            var transport = lists.items(ListKind.QUESTION, false).stream()
                    .filter(i -> i.code().equals("TRANSPORT"))
                    .findFirst()
                    .orElseThrow()
                    .id();
            visits.save(Interactions.draft()
                    .adults(2)
                    .children(2)
                    .partyType(PartyType.FAMILY)
                    .visitorType(VisitorType.TOURIST)
                    .country("NL")
                    .language(ConversationLanguage.NL)
                    .stayLength(StayLength.FOUR_SEVEN_NIGHTS)
                    .accommodation(Accommodation.CAMPSITE)
                    .purpose(Purpose.LEISURE)
                    .interestIds(Set.of(hiking))
                    .outcomes(Set.of(Outcome.BROCHURES_GIVEN))
                    .note("Cherchent un camping près du lac d’Aydat")
                    .build());
            visits.save(Interactions.draft()
                    .channel(Channel.PHONE)
                    .partyType(PartyType.ALONE)
                    .visitorType(VisitorType.DAY_VISITOR)
                    .country("BE")
                    .language(ConversationLanguage.FR)
                    .stayLength(StayLength.DAY_TRIP)
                    .purpose(Purpose.LEISURE)
                    .questionIds(Set.of(transport))
                    .build());
            visits.quickCount(null, Channel.DESK, transport);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
