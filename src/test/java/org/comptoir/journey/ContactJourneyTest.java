package org.comptoir.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.comptoir.TestUsers;
import org.comptoir.followup.FollowUpDetails;
import org.comptoir.followup.FollowUpFixtures;
import org.comptoir.followup.FollowUpService;
import org.comptoir.followup.FollowUpStatus;
import org.comptoir.security.AppRoles;
import org.comptoir.testmail.TestMailServer;
import org.comptoir.visit.InteractionDraft;
import org.comptoir.visit.VisitService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;

/**
 * A phone request answered by e-mail, in a real headless Chromium: the counsellor logs the call with the
 * caller's consent, e-mail address and a pick, e-mails the suggestion sheet from the follow-up, and closes it.
 */
class ContactJourneyTest extends BrowserJourney {

    @Autowired
    FollowUpService followUps;

    @Autowired
    VisitService visits;

    @Autowired
    ApplicationContext context;

    @Test
    void a_phone_request_is_answered_by_e_mail_and_closed() throws Exception {
        var note = "Envoyer les idées volcans " + System.nanoTime();
        TestMailServer.clear();
        var page = browser.newPage();
        signIn(page, "counsellor", "counsellor");
        page.waitForURL(url -> url.contains("/desk"));

        page.locator(".channel-toggles vaadin-button", new Page.LocatorOptions().setHasText("Téléphone"))
                .click();
        page.locator(".country-field input").fill("Belgique");
        page.locator(".country-field input").press("Enter");
        // the suggestions are ranked again for the country: pick from the new list, not the one going away
        page.waitForTimeout(1000);
        var suggestion = page.locator(".suggestion-row").first();
        var picked = suggestion.locator(".suggestion-name").innerText().strip();
        suggestion.locator("vaadin-button").click();
        assertThat(page.locator(".suggestion-picked")).containsText(picked);

        page.locator("vaadin-details.contact-section vaadin-details-summary").click();
        var email = field(page, "vaadin-text-field", "E-mail");
        assertThat(email.locator("input")).isDisabled();
        page.locator("vaadin-checkbox", new Page.LocatorOptions().setHasText("Répondre à cette demande"))
                .click();
        field(page, "vaadin-text-field", "Nom").locator("input").fill("Lucie Martin");
        email.locator("input").fill("lucie.martin@example.be");
        page.locator("vaadin-checkbox", new Page.LocatorOptions().setHasText("Suivi à faire"))
                .click();
        field(page, "vaadin-text-area", "Ce qui est demandé")
                .locator("textarea")
                .fill(note);
        page.locator(".contact-section").scrollIntoViewIfNeeded();
        Browser.screenshot(page, "desk-contact-section");
        page.locator(".form-actions vaadin-button", new Page.LocatorOptions().setHasText("Enregistrer"))
                .first()
                .click();
        // saved: the desk says so, and the section is empty for the next caller
        assertThat(page.locator(
                        "vaadin-notification-card", new Page.LocatorOptions().setHasText("Enregistré — Belgique")))
                .isVisible();
        assertThat(email.locator("input")).hasValue("");

        var followUp = mine(note);
        overdueCallBack();
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Mes suivis"))
                .click();
        page.waitForURL(url -> url.endsWith("/follow-ups"));
        assertThat(page.locator(".menu-badge.urgent")).isVisible();
        assertThat(page.locator(".follow-ups-view .overdue-mark").first()).containsText("en retard");
        assertThat(page.locator(".follow-ups-view vaadin-grid")).isVisible();
        Browser.screenshot(page, "follow-ups");

        page.navigate("/follow-ups/" + followUp.id());
        assertThat(page.locator(".follow-up-view")).containsText("lucie.martin@example.be");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Envoyer la fiche par e-mail"))
                .click();
        assertThat(page.locator(".mail-status")).containsText("E-mail envoyé.");
        assertThat(TestMailServer.awaitMessages(1)).isTrue();
        var message = TestMailServer.received().getFirst();
        assertThat(message.getAllRecipients()).extracting(Object::toString).containsExactly("lucie.martin@example.be");
        assertThat(message.getSubject()).startsWith("Vos idées de visite");
        Browser.screenshot(page, "follow-up-sent");

        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Marquer comme fait"))
                .click();
        assertThat(page.locator(".follow-up-heading")).containsText("Fait");
        assertThat(TestUsers.as(
                        "counsellor",
                        AppRoles.COUNSELLOR,
                        () -> followUps.find(followUp.id()).orElseThrow().status()))
                .isEqualTo(FollowUpStatus.DONE);
        page.context().close();
    }

    /** A call-back promised last week and still open: the list shows it first, marked overdue. */
    private void overdueCallBack() {
        TestUsers.as("counsellor", AppRoles.COUNSELLOR, () -> {
            var call = visits.save(InteractionDraft.blank());
            FollowUpFixtures.overdue(context, call.id(), "counsellor", 3);
        });
    }

    private static Locator field(Page page, String tag, String label) {
        return page.locator(
                        tag,
                        new Page.LocatorOptions()
                                .setHas(page.locator("label", new Page.LocatorOptions().setHasText(label))))
                .first();
    }

    private FollowUpDetails mine(String note) {
        return TestUsers.as(
                "counsellor",
                AppRoles.COUNSELLOR,
                () -> followUps.open(null, PageRequest.of(0, 1000)).stream()
                        .filter(f -> note.equals(f.note()))
                        .findFirst()
                        .orElseThrow());
    }
}
