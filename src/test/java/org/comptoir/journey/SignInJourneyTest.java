package org.comptoir.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.comptoir.TestUsers;
import org.comptoir.security.AppRoles;
import org.comptoir.security.UserDraft;
import org.comptoir.security.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Signing in, in a real headless Chromium: each demo user sees their own menu; a wrong password is
 * told plainly; five of them lock the name; the language switch; logout.
 */
class SignInJourneyTest extends BrowserJourney {

    @Autowired
    UserService users;

    @Test
    void each_demo_user_signs_in_and_sees_the_menu_of_their_roles() {
        var menus = Map.of(
                "counsellor",
                        List.of(
                                "Accueil",
                                "Mes suivis",
                                "Réclamations",
                                "Sites et activités",
                                "Recommander",
                                "Mode borne"),
                "director",
                        List.of(
                                "Mes suivis",
                                "Réclamations",
                                "Historique",
                                "Sites et activités",
                                "Recommander",
                                "Statistiques",
                                "Satisfaction"),
                "admin",
                        List.of(
                                "Mes suivis",
                                "Réclamations",
                                "Historique",
                                "Sites et activités",
                                "Recommander",
                                "Statistiques",
                                "Satisfaction",
                                "Utilisateurs",
                                "Listes",
                                "Offices",
                                "Import",
                                "Données personnelles",
                                "API",
                                "Journal"));
        for (var entry : menus.entrySet()) {
            var page = browser.newPage();
            signIn(page, entry.getKey(), entry.getKey());
            var nav = page.locator("vaadin-side-nav-item");
            assertThat(nav.first()).isVisible();
            // without the count of open follow-ups that "Mes suivis" may carry
            assertThat(nav.allInnerTexts().stream()
                            .map(text -> text.replaceAll("\\s+\\d+$", "").strip())
                            .toList())
                    .containsExactlyElementsOf(entry.getValue());
            assertThat(page.locator(".user-menu")).containsText(entry.getKey());
            Browser.screenshot(page, "home-" + entry.getKey());
            page.context().close();
        }
    }

    @Test
    void a_wrong_password_is_told_plainly_and_the_sixth_try_is_refused_even_with_the_right_password() {
        createUser("lockedout", "Murol-Castle-1250");
        var page = browser.newPage();
        page.navigate("/login");
        for (int i = 1; i <= 5; i++) {
            submitRefused(page, "lockedout", "wrong-" + i);
            assertThat(page.locator("vaadin-login-form")).containsText("Identifiant ou mot de passe incorrect");
        }
        Browser.screenshot(page, "login-wrong-password");
        submitRefused(page, "lockedout", "Murol-Castle-1250");
        assertThat(page.locator("vaadin-login-form")).containsText("Trop d’essais manqués");
        assertThat(page.content()).doesNotContain("Exception");
        assertThat(page.url()).contains("/login");
        Browser.screenshot(page, "login-locked");
        page.context().close();
    }

    @Test
    void the_login_page_switches_to_english_and_stays_english_after_signing_in_then_logout_returns_to_it() {
        var page = browser.newPage();
        page.navigate("/login");
        assertThat(page.locator("vaadin-login-form")).containsText("Connexion");
        Browser.screenshot(page, "login");
        page.getByText("English").click();
        assertThat(page.locator("vaadin-login-form")).containsText("Sign in");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        submit(page, "director", "director");
        page.waitForURL(url -> !url.contains("/login"));
        assertThat(page.locator("vaadin-side-nav-item").first()).containsText("My follow-ups");
        assertThat(page.locator("vaadin-side-nav-item").nth(1)).containsText("Complaints");
        assertThat(page.locator("vaadin-side-nav-item").nth(2)).containsText("History");
        Browser.screenshot(page, "home-director-english");

        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Menu of director"))
                .click();
        page.getByText("Sign out").click();
        page.waitForURL(url -> url.contains("/login"));
        assertThat(page.locator("vaadin-login-form")).isVisible();
        page.context().close();
    }

    @Test
    void on_a_portrait_tablet_the_menu_folds_away_behind_the_drawer_button() {
        var page = browser.newPage();
        page.setViewportSize(800, 1200);
        signIn(page, "admin", "admin");
        var usersItem = page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Utilisateurs"));
        assertThat(page.locator("vaadin-grid")).isVisible();
        assertThat(usersItem).not().isInViewport();
        page.locator("vaadin-drawer-toggle").click();
        assertThat(usersItem).isInViewport();
        Browser.screenshot(page, "tablet-admin-menu");
        page.context().close();
    }

    /** Submits credentials that will be refused, and waits for the login page that says why. */
    private static void submitRefused(Page page, String username, String password) {
        page.waitForResponse(
                response -> response.url().contains("/login?error"), () -> submit(page, username, password));
        page.waitForLoadState();
    }

    private void createUser(String username, String password) {
        TestUsers.as(
                "admin",
                AppRoles.ADMIN,
                () -> users.save(
                        new UserDraft(null, 0, username, "Locked out", Set.of(AppRoles.COUNSELLOR), null, password)));
    }
}
