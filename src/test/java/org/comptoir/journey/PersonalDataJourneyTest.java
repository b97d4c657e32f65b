package org.comptoir.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import org.comptoir.personaldata.PersonalFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * An admin answers a rights request in a real headless Chromium: finds the person by phone, sees what
 * is kept, and the address never shows the number typed.
 */
class PersonalDataJourneyTest extends BrowserJourney {

    @Autowired
    ApplicationContext context;

    @Test
    void an_admin_finds_a_person_by_phone_and_sees_what_is_kept_about_them() {
        var fixtures = PersonalFixtures.in(context);
        var person = PersonalFixtures.newPerson();
        long interaction = fixtures.interaction().id();
        long contact = fixtures.contact(interaction, person, true, true);
        fixtures.followUpWithMail(interaction, contact, person);

        var page = browser.newPage();
        signIn(page, "admin", "admin");
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Données personnelles"))
                .click();
        page.waitForURL(url -> url.endsWith("/admin/personal-data"));
        page.locator(".personal-bar vaadin-text-field input").first().fill(person.phone());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rechercher"))
                .click();

        assertThat(page.locator(".personal-contacts")).containsText(person.email());
        assertThat(page.locator(".personal-follow-ups")).containsText("Envoyer de la documentation");
        assertThat(page.getByText("Exporter en JSON")).isVisible();
        // the path and query only: the server's random port may hold any digits
        var address = URI.create(page.url());
        assertThat(address.getRawPath() + "?" + address.getRawQuery())
                .doesNotContain(person.phoneKey())
                .doesNotContain("07");
        Browser.screenshot(page, "personal-data");
        page.locator(".personal-audit").scrollIntoViewIfNeeded();
        assertThat(page.locator(".personal-audit")).containsText("Consultation");
        Browser.screenshot(page, "personal-data-audit");
        page.context().close();
    }
}
