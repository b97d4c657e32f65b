package org.comptoir.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import org.comptoir.TestUsers;
import org.comptoir.reference.ListItemDraft;
import org.comptoir.reference.ListKind;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.security.AppRoles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An admin brings an office's earlier counts through the real upload in a headless Chromium: Admin › Import ›
 * Past counts, a CSV file, its preview, the import, then its undo.
 */
class PastCountsJourneyTest extends BrowserJourney {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReferenceListService lists;

    @TempDir
    Path temp;

    private final String tag = "j" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void forgetWhatWasImported() {
        var imports = "SELECT id FROM past_count_import WHERE file_name LIKE '" + tag + "%'";
        jdbc.update("DELETE FROM past_count WHERE import_id IN (" + imports + ")");
        jdbc.update("DELETE FROM past_count_month WHERE import_id IN (" + imports + ")");
        jdbc.update("DELETE FROM past_count_import WHERE file_name LIKE ?", tag + "%");
    }

    @Test
    void an_admin_imports_a_file_of_past_counts_and_undoes_it() throws Exception {
        var code = "JOURNEY" + tag.toUpperCase(Locale.ROOT);
        TestUsers.as(
                "admin",
                AppRoles.ADMIN,
                () -> lists.save(ListKind.DESK, new ListItemDraft(null, 0, code, "Parcours", "Journey", 99)));
        var csv = new StringBuilder("mois;accueil;provenance;canal;contacts;visiteurs\n");
        for (int year = 2016; year <= 2019; year++) {
            for (int month = 1; month <= 12; month++) {
                var m = "%d-%02d".formatted(year, month);
                csv.append(m)
                        .append(';')
                        .append(code)
                        .append(";FR-63;;")
                        .append(100 + month)
                        .append(';')
                        .append(250)
                        .append('\n');
                csv.append(m).append(';').append(code).append(";DE;Comptoir;40;90\n");
                csv.append(m).append(';').append(code).append(";Europe;;12;30\n");
            }
        }
        var file = temp.resolve(tag + "-comptages.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        var page = browser.newPage();
        signIn(page, "admin", "admin");
        page.navigate("/admin/import");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Comptages passés"))
                .click();
        page.waitForURL(url -> url.endsWith("/admin/import/past-counts"));

        page.locator("vaadin-upload input[type=file]").setInputFiles(file);

        assertThat(page.locator(".import-summary"))
                .containsText(
                        "144 lignes lues — acceptées : 144, refusées : 0. Mois couverts : 2016-01 – 2019-12.",
                        new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        assertThat(page.locator("vaadin-grid.past-years")).isVisible();
        Browser.screenshot(page, "past-counts-preview");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importer ces comptages"))
                .click();
        // the confirmation says what will count, then the import runs in the background and the screen polls
        var confirm = page.locator("vaadin-confirm-dialog.past-confirm");
        assertThat(confirm).containsText("144 lignes, de 2016-01 à 2019-12");
        confirm.locator("vaadin-button[slot='confirm-button']").click();
        assertThat(page.locator(".import-message"))
                .containsText(
                        "Import terminé : 144 lignes, 2016-01 – 2019-12",
                        new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM past_count c JOIN desk d ON d.id = c.desk_id WHERE d.code = ?",
                        Integer.class,
                        code))
                .isEqualTo(144);
        Browser.screenshot(page, "past-counts-imported");

        page.locator("vaadin-grid.past-imports vaadin-button.past-undo").first().click();
        page.locator("vaadin-button[slot=confirm-button]").click();
        assertThat(page.locator(".import-message")).containsText("annulé");
        Browser.screenshot(page, "past-counts-undone");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM past_count c JOIN desk d ON d.id = c.desk_id WHERE d.code = ?",
                        Integer.class,
                        code))
                .isZero();
        page.context().close();
    }
}
