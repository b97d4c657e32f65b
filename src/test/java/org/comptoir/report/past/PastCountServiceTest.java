package org.comptoir.report.past;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.comptoir.ComptoirTest;
import org.comptoir.TestUsers;
import org.comptoir.base.RuleViolation;
import org.comptoir.base.Translations;
import org.comptoir.reference.ListItemDraft;
import org.comptoir.reference.ListKind;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.security.AppRoles;
import org.comptoir.visit.InteractionDetails;
import org.comptoir.visit.InteractionInvalid;
import org.comptoir.visit.Interactions;
import org.comptoir.visit.VisitService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The past-counts import on the real database: a preview writes nothing, a commit writes every row or none (so
 * these tests commit for real, on desks of their own, and clean up after), an undo takes an import out whole, and
 * a desk's month holds imported counts or logged interactions, never both.
 */
@ComptoirTest
@WithMockUser(username = "admin", roles = AppRoles.ADMIN)
class PastCountServiceTest {

    private static final String HEADER = "mois;accueil;provenance;canal;contacts;visiteurs\n";

    @Autowired
    PastCountService pastCounts;

    @Autowired
    ReferenceListService lists;

    @Autowired
    VisitService visits;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Translations translations;

    @TempDir
    Path temp;

    private final String tag = "t" + UUID.randomUUID().toString().substring(0, 8);
    private final List<InteractionDetails> logged = new ArrayList<>();
    private long desk;
    private String code;
    private long otherDesk;
    private String otherCode;

    @BeforeEach
    void desks() {
        code = "PAST" + tag.toUpperCase(Locale.ROOT);
        desk = TestUsers.as(
                        "admin",
                        AppRoles.ADMIN,
                        () -> lists.save(
                                ListKind.DESK, new ListItemDraft(null, 0, code, "Passé " + tag, "Past " + tag, 93)))
                .id();
        otherCode = "OTHER" + tag.toUpperCase(Locale.ROOT);
        otherDesk = TestUsers.as(
                        "admin",
                        AppRoles.ADMIN,
                        () -> lists.save(
                                ListKind.DESK,
                                new ListItemDraft(null, 0, otherCode, "Autre " + tag, "Other " + tag, 94)))
                .id();
    }

    @AfterEach
    void forgetWhatWasWritten() {
        var imports = "SELECT id FROM past_count_import WHERE file_name LIKE '" + tag + "%'";
        jdbc.update("DELETE FROM past_count WHERE import_id IN (" + imports + ")");
        jdbc.update("DELETE FROM past_count_month WHERE import_id IN (" + imports + ")");
        jdbc.update("DELETE FROM past_count_import WHERE file_name LIKE ?", tag + "%");
        TestUsers.as("director", AppRoles.DIRECTOR, () -> logged.forEach(i -> visits.delete(i.id(), i.version())));
    }

    private Path file(String name, String content) throws IOException {
        var file = temp.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private PastCountPreview preview(String content) throws IOException {
        var name = tag + "-" + UUID.randomUUID().toString().substring(0, 4) + ".csv";
        return pastCounts.preview(file(name, content), name);
    }

    private InteractionDetails log(long deskId, LocalDateTime at) {
        var saved = TestUsers.asHistoryWriter(
                "anna",
                () -> visits.save(
                        Interactions.draft()
                                .deskId(deskId)
                                .occurredAt(at)
                                .country("DE")
                                .build(),
                        TestUsers.HISTORY_REASON));
        logged.add(saved);
        return saved;
    }

    private long rows(long deskId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM past_count WHERE desk_id = ?", Long.class, deskId);
    }

    private String reasons(PastCountPreview preview) {
        return String.join(
                " | ",
                preview.rejected().stream()
                        .map(r -> r.line() + "×" + r.rows() + ": "
                                + r.text((key, args) -> translations.getTranslation(key, Locale.ENGLISH, args)))
                        .toList());
    }

    @Test
    void a_preview_writes_nothing_and_the_commit_writes_every_row_with_the_files_sums() throws IOException {
        var preview = preview(HEADER
                + "2019-07;" + code + ";DE;DESK;10;25\n"
                + "2019-07;" + code + ";FR-63;;5;9\n"
                + "2019-08;" + code + ";Europe;PHONE;3;3\n"
                + "2018-12;" + code + ";Inconnu;;1;2\n");

        assertThat(preview.fileError()).isNull();
        assertThat(reasons(preview)).isEmpty();
        assertThat(preview.format()).isEqualTo(PastCountFormat.CSV);
        assertThat(preview.rowsRead()).isEqualTo(4);
        assertThat(preview.rowsAccepted()).isEqualTo(4);
        assertThat(preview.months())
                .containsExactly(YearMonth.of(2018, 12), YearMonth.of(2019, 7), YearMonth.of(2019, 8));
        assertThat(preview.years())
                .containsExactly(new PastCountYear(2018, 1, 1, 2), new PastCountYear(2019, 2, 18, 37));
        assertThat(preview.committable()).isTrue();
        assertThat(rows(desk)).as("nothing written by the preview").isZero();

        var done = pastCounts.commit(preview);

        assertThat(done.rows()).isEqualTo(4);
        assertThat(done.firstMonth()).isEqualTo(YearMonth.of(2018, 12));
        assertThat(done.lastMonth()).isEqualTo(YearMonth.of(2019, 8));
        assertThat(done.interactions()).isEqualTo(19);
        assertThat(done.persons()).isEqualTo(39);
        assertThat(done.importedBy()).isEqualTo("admin");
        assertThat(done.undone()).isFalse();
        assertThat(rows(desk)).isEqualTo(4);
        assertThat(jdbc.queryForList(
                        "SELECT CONCAT(DATE_FORMAT(month, '%Y-%m'), ' ', channel, ' ', country, ' ', departement, ' ',"
                                + " interactions, ' ', persons) FROM past_count WHERE desk_id = ? ORDER BY 1",
                        String.class, desk))
                .containsExactly(
                        "2018-12    1 2", "2019-07  FR 63 5 9", "2019-07 DESK DE  10 25", "2019-08 PHONE XE  3 3");
        assertThat(pastCounts.imports()).first().isEqualTo(done);
        assertThat(jdbc.queryForObject(
                        "SELECT summary FROM admin_audit WHERE kind = 'PAST_COUNTS' AND target_id = ?",
                        String.class,
                        String.valueOf(done.id())))
                .startsWith("imported; file: " + done.fileName() + "; rows: 4; months: 2018-12 – 2019-08");
    }

    @Test
    void a_file_with_a_refused_row_is_not_imported_at_all() throws IOException {
        var preview = preview(HEADER + "2019-07;" + code + ";DE;;10;25\n" + "2019-08;" + code + ";ZZ;;1;1\n");

        assertThat(preview.rowsRead()).isEqualTo(2);
        assertThat(preview.rowsAccepted()).isEqualTo(1);
        assertThat(preview.rejectedRows()).isEqualTo(1);
        assertThat(reasons(preview))
                .isEqualTo("3×1: Unknown country \"ZZ\": an ISO code (DE, GB…), FR-63 for a département, or Europe,"
                        + " World, Unknown.");
        assertThat(preview.rejected().getFirst().cells()).isEqualTo("2019-08 ; " + code + " ; ZZ ;  ; 1 ; 1");
        assertThat(preview.committable()).isFalse();
        assertThatThrownBy(() -> pastCounts.commit(preview))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("past.commit.rejected"));
        assertThat(rows(desk)).isZero();
    }

    @Test
    void the_same_month_desk_origin_and_channel_twice_is_refused() throws IOException {
        var preview = preview(HEADER
                + "2019-07;" + code + ";DE;;10;25\n"
                + "2019-07;" + code + ";DE;PHONE;1;1\n"
                + "2019-07;" + code + ";de;;3;3\n");

        assertThat(reasons(preview)).isEqualTo("4×1: Same month, desk, origin and channel as line 2.");
        assertThat(preview.committable()).isFalse();
    }

    @Test
    void a_month_with_interactions_logged_at_that_desk_is_refused_at_the_preview() throws IOException {
        log(desk, LocalDateTime.of(2019, 7, 14, 10, 0));
        log(desk, LocalDateTime.of(2019, 7, 31, 18, 0));

        var preview = preview(HEADER
                + "2019-06;" + code + ";DE;;10;25\n"
                + "2019-07;" + code + ";DE;;10;25\n"
                + "2019-07;" + code + ";FR;;4;8\n"
                + "2019-07;" + otherCode + ";DE;;1;1\n");

        assertThat(reasons(preview))
                .isEqualTo("3×2: Desk " + code + " already has 2 interactions logged in 2019-07: a month holds logged"
                        + " interactions or imported counts, not both.");
        assertThat(preview.rowsAccepted())
                .as("June, and July at the other desk")
                .isEqualTo(2);
        assertThat(preview.years()).containsExactly(new PastCountYear(2019, 2, 11, 26));
        assertThat(preview.committable()).isFalse();
    }

    @Test
    void interactions_logged_between_the_preview_and_the_commit_refuse_the_commit_and_nothing_is_written()
            throws IOException {
        var preview = preview(HEADER + "2019-06;" + code + ";DE;;10;25\n" + "2019-07;" + code + ";DE;;10;25\n");
        assertThat(preview.committable()).isTrue();
        log(desk, LocalDateTime.of(2019, 7, 14, 10, 0));

        assertThatThrownBy(() -> pastCounts.commit(preview)).isInstanceOfSatisfying(RuleViolation.class, e -> {
            assertThat(e.messageKey()).isEqualTo("past.reason.overlap.logged");
            assertThat(e.arguments()).containsExactly(code, "2019-07", "1");
        });

        assertThat(rows(desk)).isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM past_count_import WHERE file_name = ?", Long.class, preview.fileName()))
                .as("the import's own line rolled back too")
                .isZero();
    }

    @Test
    void months_an_earlier_import_holds_are_refused_until_it_is_undone() throws IOException {
        var first = pastCounts.commit(preview(HEADER + "2019-07;" + code + ";DE;;10;25\n"));

        var again = preview(HEADER + "2019-07;" + code + ";GB;;1;1\n" + "2019-08;" + code + ";GB;;1;1\n");

        assertThat(reasons(again))
                .startsWith("2×1: Desk " + code + " already has imported counts for 2019-07 (" + first.fileName());
        assertThat(again.committable()).isFalse();

        pastCounts.undo(first.id());
        var afterUndo = preview(HEADER + "2019-07;" + code + ";GB;;1;1\n" + "2019-08;" + code + ";GB;;1;1\n");
        assertThat(afterUndo.committable()).isTrue();
    }

    @Test
    void an_undo_takes_every_row_of_the_import_out_and_keeps_it_in_the_list_marked_undone() throws IOException {
        var done = pastCounts.commit(
                preview(HEADER + "2019-07;" + code + ";DE;;10;25\n" + "2019-07;" + otherCode + ";DE;;1;1\n"));
        assertThat(rows(desk) + rows(otherDesk)).isEqualTo(2);

        var undone = pastCounts.undo(done.id());

        assertThat(rows(desk) + rows(otherDesk)).isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM past_count_month WHERE import_id = ?", Long.class, done.id()))
                .isZero();
        assertThat(undone.undone()).isTrue();
        assertThat(undone.undoneBy()).isEqualTo("admin");
        assertThat(undone.rows()).as("what it had imported").isEqualTo(2);
        assertThat(pastCounts.imports()).filteredOn(i -> i.id() == done.id()).containsExactly(undone);
        assertThatThrownBy(() -> pastCounts.undo(done.id()))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("past.undo.already"));
        // the desk logs that month again
        log(desk, LocalDateTime.of(2019, 7, 14, 10, 0));
    }

    @Test
    void the_desk_logs_no_interaction_into_a_month_of_imported_counts() throws IOException {
        pastCounts.commit(preview(HEADER + "2019-07;" + code + ";DE;;10;25\n"));

        assertThatThrownBy(() -> log(desk, LocalDateTime.of(2019, 7, 14, 10, 0)))
                .isInstanceOfSatisfying(
                        InteractionInvalid.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("occurredAt", "interaction.date.imported"));
        var elsewhere = log(otherDesk, LocalDateTime.of(2019, 7, 14, 10, 0));
        var nextMonth = log(desk, LocalDateTime.of(2019, 8, 1, 9, 0));
        assertThatThrownBy(() -> TestUsers.as(
                        "director",
                        AppRoles.DIRECTOR,
                        () -> visits.save(
                                Interactions.draft()
                                        .id(nextMonth.id())
                                        .version(nextMonth.version())
                                        .deskId(desk)
                                        .occurredAt(LocalDateTime.of(2019, 7, 31, 9, 0))
                                        .build(),
                                "moved")))
                .as("moved into it")
                .isInstanceOf(InteractionInvalid.class);
        assertThat(elsewhere.id()).isPositive();
    }

    @Test
    void a_file_changed_after_its_preview_is_not_committed() throws IOException {
        var name = tag + "-changed.csv";
        var file = file(name, HEADER + "2019-07;" + code + ";DE;;10;25\n");
        var preview = pastCounts.preview(file, name);
        Files.writeString(file, HEADER + "2019-07;" + code + ";DE;;10;26\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> pastCounts.commit(preview))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("past.commit.stale"));
        assertThat(rows(desk)).isZero();
    }

    @Test
    @WithMockUser(username = "director", roles = AppRoles.DIRECTOR)
    void only_admins_import() {
        assertThatThrownBy(() -> pastCounts.imports()).isInstanceOf(AccessDeniedException.class);
    }
}
