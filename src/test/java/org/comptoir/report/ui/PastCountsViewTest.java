package org.comptoir.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.comptoir.TestUsers;
import org.comptoir.ViewTest;
import org.comptoir.reference.ListItemDraft;
import org.comptoir.reference.ListKind;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.report.past.PastCountRejection;
import org.comptoir.security.AppRoles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Admin › Import › Past counts, used as an admin would: download the template, fill it in, upload it, read the
 * preview, import it, find it in the list, undo it; and a file with refused rows, which cannot be imported.
 */
@WithMockUser(username = "admin", roles = AppRoles.ADMIN)
class PastCountsViewTest extends ViewTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    ReferenceListService lists;

    @Autowired
    JdbcTemplate jdbc;

    private final String tag = "v" + UUID.randomUUID().toString().substring(0, 8);
    private String code;

    @BeforeEach
    void desk() {
        code = "VIEW" + tag.toUpperCase(Locale.ROOT);
        TestUsers.as(
                "admin",
                AppRoles.ADMIN,
                () -> lists.save(
                        ListKind.DESK, new ListItemDraft(null, 0, code, "Kiosque " + tag, "Kiosk " + tag, 96)));
    }

    @AfterEach
    void forgetWhatWasImported() {
        var imports = "SELECT id FROM past_count_import WHERE file_name LIKE '" + tag + "%'";
        jdbc.update("DELETE FROM past_count WHERE import_id IN (" + imports + ")");
        jdbc.update("DELETE FROM past_count_month WHERE import_id IN (" + imports + ")");
        jdbc.update("DELETE FROM past_count_import WHERE file_name LIKE ?", tag + "%");
    }

    @Test
    void an_admin_fills_in_the_excel_template_imports_it_finds_it_in_the_list_and_undoes_it() throws IOException {
        var view = navigate(PastCountsView.class);
        assertThat(view.summary.getText()).isEqualTo("Aucun fichier déposé pour l’instant.");
        assertThat(view.commit.isVisible()).isFalse();
        assertThat(view.templateXlsx.getText()).isEqualTo("Modèle Excel");

        var template = new ByteArrayOutputStream();
        test(view.templateXlsx).download(template);
        var filled = new ByteArrayOutputStream();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(template.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Comptages");
            assertThat(IntStream.range(0, 6)
                            .mapToObj(c -> sheet.getRow(0).getCell(c).getStringCellValue())
                            .toList())
                    .containsExactly("mois", "accueil", "provenance", "canal", "contacts", "visiteurs");
            var help = workbook.getSheetAt(1);
            assertThat(help.getSheetName()).isEqualTo("Aide");
            var helpText = new StringBuilder();
            help.forEach(row -> row.forEach(
                    cell -> helpText.append(cell.getStringCellValue()).append('|')));
            assertThat(helpText).contains(code + "|Kiosque " + tag, "FR-63|", "SOCIAL_CHAT|Réseaux sociaux, chat");
            var rows = List.of(
                    List.of("2018-06", code, "DE", "", "12", "30"),
                    List.of("2018-06", code, "FR-63", "Comptoir", "20", "41"),
                    List.of("2018-07", code, "Europe", "", "5", "9"),
                    List.of("2019-01", code, "Inconnu", "PHONE", "2", "2"));
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r + 1);
                for (int c = 0; c < 4; c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
                row.createCell(4).setCellValue(Double.parseDouble(rows.get(r).get(4)));
                row.createCell(5).setCellValue(Double.parseDouble(rows.get(r).get(5)));
            }
            workbook.write(filled);
        }

        test(view.upload).upload(tag + "-comptages.xlsx", XLSX, filled.toByteArray());

        assertThat(view.summary.getText())
                .isEqualTo(tag + "-comptages.xlsx (Excel) : 4 lignes lues — acceptées : 4, refusées : 0. "
                        + "Mois couverts : 2018-06 – 2018-07, 2019-01.");
        assertThat(test(view.years).size()).isEqualTo(2);
        assertThat(test(view.years).getCellText(0, 0)).isEqualTo("2018");
        assertThat(test(view.years).getCellText(0, 1)).isEqualTo("2");
        assertThat(test(view.years).getCellText(0, 2)).isEqualTo("37");
        assertThat(test(view.years).getCellText(0, 3)).isEqualTo("80");
        assertThat(view.rejected.isVisible()).isFalse();
        assertThat(view.blocked.isVisible()).isFalse();
        assertThat(view.commit.isVisible()).isTrue();

        test(view.commit).click();
        var confirm = test($(ConfirmDialog.class).single());
        assertThat(confirm.getHeader()).isEqualTo("Importer ces comptages ?");
        assertThat(confirm.getText())
                .isEqualTo(tag + "-comptages.xlsx : 4 lignes, de 2018-06 à 2019-01, seront comptées dans les "
                        + "statistiques. Un import s’annule en entier depuis la liste.");
        confirm.confirm();
        var job = view.committing;
        assertThat(view.working.isVisible()).isTrue();
        assertThat(view.commit.isEnabled()).isFalse();
        afterBackground(job);

        var done = "Import terminé : 4 lignes, 2018-06 – 2019-01, 39 contacts, 82 visiteurs.";
        assertThat(view.message.getText()).isEqualTo(done);
        assertThat(notifications()).contains(done);
        assertThat(view.commit.isVisible()).isFalse();
        var list = test(view.imports);
        assertThat(list.getCellText(0, 0)).isEqualTo(tag + "-comptages.xlsx");
        assertThat(list.getCellText(0, 1)).isEqualTo("2018-06 – 2019-01");
        assertThat(list.getCellText(0, 6)).isEqualTo("Compté dans les statistiques");
        assertThat(jdbc.queryForObject(
                        "SELECT SUM(persons) FROM past_count c JOIN desk d ON d.id = c.desk_id WHERE d.code = ?",
                        Long.class,
                        code))
                .isEqualTo(82L);

        test((Button) list.getCellComponent(0, 7)).click();
        var dialog = $(ConfirmDialog.class).single();
        assertThat(test(dialog).getHeader()).isEqualTo("Annuler l’import « " + tag + "-comptages.xlsx » ?");
        test(dialog).confirm();

        assertThat(notifications())
                .contains("Import « " + tag
                        + "-comptages.xlsx » annulé : ses comptages ne sont plus dans les statistiques.");
        assertThat(test(view.imports).getCellText(0, 6))
                .startsWith("Annulé le ")
                .endsWith(" par admin");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM past_count c JOIN desk d ON d.id = c.desk_id WHERE d.code = ?",
                        Long.class,
                        code))
                .isZero();
    }

    @Test
    void in_english_a_file_with_refused_rows_shows_why_and_cannot_be_imported() {
        useLocale(Locale.ENGLISH);
        var view = navigate(PastCountsView.class);
        var csv = "month,desk,origin,channel,contacts,visitors\n"
                + "2018-06," + code + ",DE,,12,30\n"
                + "2018-13," + code + ",DE,,12,30\n"
                + "2018-07," + code + ",Atlantis,,-1,2.5\n"
                + "2099-01," + code + ",GB,,1,1\n";

        test(view.upload).upload(tag + "-bad.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(view.summary.getText())
                .isEqualTo(tag + "-bad.csv (CSV): 4 rows read — accepted: 1, refused: 3. Months covered: 2018-06.");
        assertThat(test(view.rejected).size()).isEqualTo(3);
        assertThat(view.reasons(rejection(view, 0))).isEqualTo("Unreadable month \"2018-13\": write 2019-07.");
        assertThat(test(view.rejected).getCellText(1, 3))
                .isEqualTo("Unknown country \"Atlantis\": an ISO code (DE, GB…), FR-63 for a département, or Europe,"
                        + " World, Unknown. ; Negative contacts (-1). ; Visitors: \"2.5\" is not a whole number.");
        assertThat(test(view.rejected).getCellText(2, 3))
                .isEqualTo("Month 2099-01 is not over yet: only past months are imported.");
        assertThat(view.commit.isVisible()).isFalse();
        assertThat(view.blocked.isVisible()).isTrue();
        assertThat(view.blocked.getText()).startsWith("Correct the refused rows in the file");
    }

    @Test
    void a_file_that_is_not_utf8_gets_a_file_level_message_and_nothing_to_import() {
        var view = navigate(PastCountsView.class);
        var latin1 = ("mois;accueil;provenance;canal;contacts;visiteurs\n2018-06;" + code
                        + ";Allemagne;Téléphone;1;1\n")
                .getBytes(StandardCharsets.ISO_8859_1);

        test(view.upload).upload(tag + "-latin1.csv", "text/csv", latin1);

        var message = "Le fichier " + tag + "-latin1.csv ne peut pas être importé : il n’est pas encodé en UTF-8 (vers"
                + " la ligne 2). Enregistrez-le en UTF-8 (« CSV UTF-8 ») ou en .xlsx et recommencez.";
        assertThat(view.message.getText()).isEqualTo(message);
        assertThat(notifications()).contains(message);
        assertThat(view.commit.isVisible()).isFalse();
        assertThat(view.years.isVisible()).isFalse();
    }

    @Test
    void the_upload_speaks_french_while_it_sends_and_processes() {
        var words = navigate(PastCountsView.class).upload.getI18n();

        assertThat(words.getDropFiles().getOne()).isEqualTo("Déposez ici un fichier .csv ou .xlsx");
        assertThat(words.getUploading().getStatus().getProcessing()).isEqualTo("Traitement…");
        assertThat(words.getUploading().getError().getFileTooLarge()).startsWith("Fichier trop gros");
        assertThat(words.getFile().getRemove()).isEqualTo("Retirer");
    }

    @Test
    void the_import_view_leads_to_the_past_counts() {
        navigate("admin/import", Component.class);
        var button = $(Button.class).withText("Comptages passés").single();

        test(button).click();

        assertThat(getCurrentView()).isInstanceOf(PastCountsView.class);
    }

    private static PastCountRejection rejection(PastCountsView view, int index) {
        return view.rejected.getListDataView().getItem(index);
    }
}
