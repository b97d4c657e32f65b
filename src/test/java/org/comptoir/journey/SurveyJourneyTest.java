package org.comptoir.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.Cookie;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.comptoir.TestUsers;
import org.comptoir.attraction.AttractionService;
import org.comptoir.security.AppRoles;
import org.comptoir.suggestion.SheetLanguage;
import org.comptoir.survey.DeskAnswers;
import org.comptoir.survey.SurveyAnswer;
import org.comptoir.survey.SurveyService;
import org.comptoir.visit.ConversationLanguage;
import org.comptoir.visit.InteractionSheets;
import org.comptoir.visit.Interactions;
import org.comptoir.visit.VisitService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The satisfaction survey in a real headless Chromium: a counsellor turns a tablet into a kiosk (and is signed out),
 * a visitor answers in English, the next one walks away half-way and the kiosk starts again on its own, and signing in
 * leaves kiosk mode; a visitor answers on their phone through the QR code of their sheet, once.
 */
class SurveyJourneyTest extends BrowserJourney {

    @Autowired
    SurveyService surveys;

    @Autowired
    VisitService visits;

    @Autowired
    AttractionService attractions;

    @Test
    void a_kiosk_takes_an_answer_starts_again_when_left_idle_and_needs_a_sign_in_to_leave() {
        var page = browser.newPage(1024, 768, ColorScheme.LIGHT);
        signIn(page, "counsellor", "counsellor");
        var desk = TestUsers.as("counsellor", AppRoles.COUNSELLOR, () -> visits.defaultDeskId());
        var before = answers(desk).size();
        page.navigate("/kiosk-mode");
        page.locator(".kiosk-start-view vaadin-button").first().click();
        page.locator("vaadin-confirm-dialog.kiosk-confirm vaadin-button[slot='confirm-button']")
                .click();

        page.waitForURL(url -> url.contains("/kiosk/"));
        var kioskUrl = page.url();
        var token = kioskUrl.substring(kioskUrl.lastIndexOf('/') + 1);
        assertThat(page.locator("h1")).hasText("Votre avis nous intéresse");
        assertThat(surveys.kiosk(token)).isPresent();
        assertThat(cookieNames(page.context().cookies()))
                .as("no cookie but the session's")
                .containsOnly("JSESSIONID");
        Browser.screenshot(page, "kiosk-start");
        assertAccessible(page, "kiosk start");

        // a visitor answers in English
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English"))
                .click();
        assertThat(page.locator("h1")).hasText("Tell us what you think");
        assertThat(page.locator(".kiosk-view")).hasAttribute("lang", "en");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start"))
                .click();
        choose(page, "Where do you live? (optional)", "Elsewhere in Europe");
        choose(page, "Overall, how satisfied are you with your visit to the tourist office?", "Very satisfied");
        choose(page, "How likely are you to recommend the tourist office to friends or family? (optional)", "9");
        page.locator(".survey-comment textarea").fill("Lovely people <b>thanks</b>");
        Browser.screenshot(page, "kiosk-questions-en");
        assertAccessible(page, "kiosk questions");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send"))
                .click();
        assertThat(page.locator("h1")).hasText("Thank you!");
        // the thank-you screen gives way to the first screen, in French again
        assertThat(page.locator("h1")).hasText("Votre avis nous intéresse");
        var kept = answers(desk);
        assertThat(kept).hasSize(before + 1);
        // a day's answers come in no particular order (their ids are random): found by their comment
        assertThat(kept)
                .filteredOn(answer -> "Lovely people <b>thanks</b>".equals(answer.comment()))
                .singleElement()
                .satisfies(answer -> {
                    assertThat(answer.language()).isEqualTo(SheetLanguage.EN);
                    assertThat(answer.satisfaction()).isEqualTo(5);
                    assertThat(answer.recommend()).isEqualTo(9);
                });

        // the next visitor starts, then walks away: nothing is sent, the kiosk starts again
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Commencer"))
                .click();
        choose(
                page,
                "Dans l’ensemble, êtes-vous satisfait de votre passage à l’office de tourisme\u00a0?",
                "Très insatisfait");
        assertThat(page.locator("h1")).hasText("Votre avis");
        assertThat(page.locator("h1")).hasText("Votre avis nous intéresse");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Commencer"))
                .click();
        assertThat(page.locator("vaadin-radio-button[checked]")).hasCount(0);
        assertThat(answers(desk)).hasSize(before + 1);

        // the kiosk holds no session: the desk asks for a sign-in
        var other = page.context().newPage();
        other.navigate("/desk");
        other.waitForURL(url -> url.contains("/login"));
        other.close();

        // leaving kiosk mode: the staff link, a sign-in, and the kiosk's token stops working
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Recommencer"))
                .click();
        page.locator(".kiosk-leave").click();
        page.waitForURL(url -> url.contains("/login"));
        submit(page, "counsellor", "counsellor");
        page.waitForURL(url -> url.contains("/leave"));
        assertThat(page.locator(".kiosk-leave-view")).containsText("Mode borne quitté");
        assertThat(surveys.kiosk(token)).isEmpty();
        page.context().close();
    }

    @Test
    void a_visitor_answers_on_their_phone_through_the_qr_code_of_their_sheet_once() throws IOException {
        var desk = browser.newPage();
        signIn(desk, "counsellor", "counsellor");
        var interaction = TestUsers.as(
                "counsellor",
                AppRoles.COUNSELLOR,
                () -> Interactions.phoneCall(visits, attractions, ConversationLanguage.DE, 2));
        var sheet = desk.request().get(InteractionSheets.path(interaction.id()));
        assertThat(sheet.status()).isEqualTo(200);
        var link = surveyLink(sheet.body());
        assertThat(link).matches("http://localhost:" + port + "/survey/[A-Za-z0-9_-]{24}\\?lang=de");
        desk.context().close();

        var phone = browser.newPage(360, 740, ColorScheme.LIGHT);
        phone.navigate(link);
        assertThat(phone.locator("h1")).hasText("Ihre Meinung");
        choose(phone, "Wie zufrieden sind Sie insgesamt mit Ihrem Besuch im Tourismusbüro?", "Sehr zufrieden");
        choose(phone, "Der Empfang (freiwillig)", "Zufrieden");
        Browser.screenshot(phone, "survey-phone-360");
        assertAccessible(phone, "phone survey");
        assertThat(((Number) phone.evaluate("() => document.documentElement.scrollWidth")).intValue())
                .as("no sideways scrolling on a 360 px phone")
                .isLessThanOrEqualTo(360);
        var send = phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Senden"));
        assertThat(send.boundingBox().height).as("a touch target").isGreaterThanOrEqualTo(48);
        send.click();
        assertThat(phone.locator("h1")).hasText("Vielen Dank!");
        assertThat(cookieNames(phone.context().cookies())).containsOnly("JSESSIONID");

        // the same code again, from the same phone or another: refused, whatever the answer would be
        phone.navigate(link);
        assertThat(phone.locator(".survey-refused"))
                .hasText(
                        "Dieser Link wurde bereits verwendet oder ist nicht mehr gültig. Vielen Dank für Ihr Interesse!");
        assertThat(phone.locator("vaadin-radio-group")).hasCount(0);
        Browser.screenshot(phone, "survey-phone-used");
        phone.context().close();
    }

    /** No serious or critical axe-core violation on the screen shown. */
    private static void assertAccessible(Page page, String screen) {
        Browser.settle(page);
        assertThat(Axe.check(page).stream().filter(Axe.Violation::blocking).toList())
                .as("serious or critical accessibility violations on the %s", screen)
                .isEmpty();
    }

    /** Picks a choice in the radio group of that question. */
    private static void choose(Page page, String question, String choice) {
        page.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions().setName(question))
                .getByRole(
                        AriaRole.RADIO,
                        new Locator.GetByRoleOptions().setName(choice).setExact(true))
                .click();
    }

    private List<SurveyAnswer> answers(long desk) {
        return DeskAnswers.of(surveys, desk);
    }

    private static List<String> cookieNames(List<Cookie> cookies) {
        return cookies.stream().map(cookie -> cookie.name).toList();
    }

    private static String surveyLink(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            var links = new ArrayList<String>();
            for (var annotation : document.getPage(0).getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                    links.add(uri.getURI());
                }
            }
            return links.stream()
                    .filter(l -> l.contains("/survey/"))
                    .findFirst()
                    .orElseThrow();
        }
    }
}
