package org.comptoir.attraction.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.select.Select;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.comptoir.ViewTest;
import org.comptoir.attraction.AttractionDetails;
import org.comptoir.attraction.AttractionService;
import org.comptoir.attraction.datatourisme.CuratedCopies;
import org.comptoir.attraction.datatourisme.DuplicateChoice;
import org.comptoir.attraction.datatourisme.Fixtures;
import org.comptoir.security.AppRoles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Admin › Import with points the starter set already has: the preview says "probable doublon de …",
 * the admin links two and leaves one out, and the linked attraction's page says which field comes from
 * where. The starter attractions are put back afterwards.
 */
@WithMockUser(username = "admin", roles = AppRoles.ADMIN)
class ImportDuplicatesViewTest extends ViewTest {

    private static final String FILE = "starter-duplicates.jsonld";
    private static final String MUSEUM = "Musée archéologique de la bataille de Gergovie";

    @Autowired
    AttractionService attractions;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path temp;

    private final String tag = "d" + UUID.randomUUID().toString().substring(0, 8);
    private final List<AttractionDetails> originals = new ArrayList<>();

    @AfterEach
    void putTheStarterSetBack() {
        CuratedCopies.putBack(jdbc, attractions, originals);
        jdbc.update(
                "delete from attraction where source = 'DATATOURISME' and source_uri like ?",
                Fixtures.prefix(tag) + "%");
    }

    @Test
    void the_admin_links_two_probable_duplicates_skips_one_and_the_page_tells_where_each_field_comes_from()
            throws Exception {
        for (var name : List.of(MUSEUM, "Puy de Pariou", "Basilique Notre-Dame-du-Port")) {
            var id = jdbc.queryForObject(
                    "select id from attraction where source = 'STARTER_SET' and name_fr = ?", Long.class, name);
            originals.add(attractions.find(id).orElseThrow());
        }
        var view = navigate(ImportView.class);
        var file = Fixtures.copy(FILE, temp, tag);
        test(view.upload).upload(FILE, "application/ld+json", Files.readAllBytes(file));

        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(3);
        assertThat(grid.getCellText(0, 4))
                .startsWith("probable doublon de « " + MUSEUM + " » (« Musée de la Bataille de Gergovie », à ")
                .endsWith(" m)");
        for (int row = 0; row < 3; row++) {
            assertThat(choice(view, row).getValue())
                    .as("nothing linked unless the admin says so")
                    .isEqualTo(DuplicateChoice.KEEP_BOTH);
        }
        test(choice(view, 0)).selectItem("Lier");
        test(choice(view, 1)).selectItem("Lier");
        test(choice(view, 2)).selectItem("Ne pas importer");
        var before = jdbc.queryForObject("select count(*) from attraction", Long.class);
        test(view.commit).click();
        test($(ConfirmDialog.class).single()).confirm();
        afterBackground(view.committing);

        assertThat(view.message.getText())
                .isEqualTo("Import terminé — créés : 0, mis à jour : 0, inchangés : 0, "
                        + "rejetés (non importés) : 0, liés : 2, écartés : 1.");
        assertThat(jdbc.queryForObject("select count(*) from attraction", Long.class))
                .isEqualTo(before);
        assertThat(attractions.find(originals.get(2).id()).orElseThrow().sourceUri())
                .as("skipped")
                .isNull();

        var page = navigate("attractions/" + originals.get(0).id(), AttractionDetailView.class);
        var side = page.side.getElement().getTextRecursively();
        assertThat(side)
                .contains(
                        "Suit DATAtourisme",
                        "Du flux : adresse, code postal, commune, coordonnées, téléphone, site web, périodes d’ouverture",
                        "De l’office : noms, textes des suggestions, catégorie, centres d’intérêt, notes d’ouverture",
                        Fixtures.prefix(tag));
        assertThat(page.facts.getElement().getTextRecursively()).contains("Chemin du Plateau de Gergovie");
        assertThat(page.getElement().getTextRecursively()).contains("Vercingétorix");
        var unlinked = navigate("attractions/" + originals.get(2).id(), AttractionDetailView.class);
        assertThat(unlinked.side.getElement().getTextRecursively()).doesNotContain("Suit DATAtourisme");
    }

    @SuppressWarnings("unchecked")
    private Select<DuplicateChoice> choice(ImportView view, int row) {
        return (Select<DuplicateChoice>) test(view.grid).getCellComponent(row, 5);
    }
}
