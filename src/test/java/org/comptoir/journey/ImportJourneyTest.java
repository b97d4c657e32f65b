package org.comptoir.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;
import org.comptoir.attraction.datatourisme.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An admin imports a DATAtourisme file of a few megabytes through the real upload in a headless
 * Chromium: the file crosses HTTP, is previewed outside the UI lock as the signed-in admin, then
 * committed.
 */
class ImportJourneyTest extends BrowserJourney {

    private static final int COPIES = 150;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path temp;

    private final String tag = "j" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void deleteWhatWasImported() {
        jdbc.update("delete from attraction where source_uri like ?", Fixtures.prefix(tag) + "%");
    }

    @Test
    void an_admin_uploads_a_large_export_previews_it_and_commits_it() throws Exception {
        var file = largeExport();
        assertThat(Files.size(file)).as("over the servlet's default 1 MB").isGreaterThan(2_000_000);
        var page = browser.newPage();
        signIn(page, "admin", "admin");
        page.navigate("/admin/import");

        page.locator("vaadin-upload input[type=file]").setInputFiles(file);

        var summary = page.locator(".import-summary");
        // French thousands: "1 650", with a narrow no-break space
        assertThat(summary)
                .containsText(
                        Pattern.compile("1.650 points — nouveaux : 1.500, .* rejetés : 150"),
                        new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        assertThat(page.locator("vaadin-grid.import-grid")).isVisible();
        Browser.screenshot(page, "import-preview");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Valider l’import"))
                .click();
        // the confirmation says what will be written
        var confirm = page.locator("vaadin-confirm-dialog.import-confirm");
        assertThat(confirm).containsText(Pattern.compile("1.500 nouveaux points"));
        confirm.locator("vaadin-button[slot='confirm-button']").click();
        // the commit runs in the background: the bar says so, with the screen still there
        assertThat(page.locator(".working-bar")).isVisible();
        Browser.screenshot(page, "import-working");
        assertThat(page.locator(".import-message"))
                .containsText(
                        Pattern.compile("Import terminé — créés : 1.500"),
                        new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        var count = jdbc.queryForObject(
                "select count(*) from attraction where source_uri like ?", Integer.class, Fixtures.prefix(tag) + "%");
        assertThat(count).isEqualTo(1_500);
        page.context().close();
    }

    /** The sample export, its points copied 150 times under identifiers of their own. */
    private Path largeExport() throws Exception {
        var mapper = JsonMapper.builder().build();
        var sample = (ObjectNode)
                mapper.readTree(Fixtures.text("clermont-sample.jsonld").replace(Fixtures.BASE, Fixtures.prefix(tag)));
        var graph = sample.withArray("@graph");
        var originals = graph.deepCopy();
        graph.removeAll();
        for (int copy = 0; copy < COPIES; copy++) {
            for (var point : originals) {
                var twin = (ObjectNode) point.deepCopy();
                twin.put("@id", twin.get("@id").asString() + "-" + copy);
                graph.add(twin);
            }
        }
        var file = temp.resolve("grand-export.jsonld");
        mapper.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), sample);
        return file;
    }
}
