package org.comptoir.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.comptoir.ComptoirTest;
import org.comptoir.TestUsers;
import org.comptoir.reference.ListItemDraft;
import org.comptoir.reference.ListKind;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.report.past.PastCountFormat;
import org.comptoir.report.past.PastCountService;
import org.comptoir.security.AppRoles;
import org.comptoir.visit.Channel;
import org.comptoir.visit.InteractionDetails;
import org.comptoir.visit.Interactions;
import org.comptoir.visit.VisitService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * The template's layout says all the reports need: this office's logged months, exported in it, then the
 * interactions deleted and the file imported, give the same origins, recovery and desk activity (by channel, desk
 * and month) as the interactions did — in CSV and in Excel. In 2003–2005, on a desk of its own; rolled back.
 */
@ComptoirTest
@Transactional
@WithMockUser(username = "admin", roles = AppRoles.ADMIN)
class PastCountRoundTripTest {

    private static final String[] COUNTRIES = {"FR", "FR", "FR", "DE", "GB", "BE", "NL", "US", "JP", "CH", "CY"};
    private static final String[] DEPARTEMENTS = {"63", "03", "75", "2A", "974"};
    private static final YearMonth FIRST = YearMonth.of(2003, 1);
    private static final YearMonth LAST = YearMonth.of(2005, 12);

    @Autowired
    PastCountService pastCounts;

    @Autowired
    ReportService reports;

    @Autowired
    ReferenceListService lists;

    @Autowired
    VisitService visits;

    @TempDir
    Path temp;

    private final Random random = new Random(2003);
    private final List<InteractionDetails> logged = new ArrayList<>();
    private long desk;
    private String code;

    @BeforeEach
    void loggedMonths() {
        code = "TRIP" + System.nanoTime() % 100000;
        desk = lists.save(ListKind.DESK, new ListItemDraft(null, 0, code, "Aller-retour", "Round trip", 97))
                .id();
        for (int i = 0; i < 250; i++) {
            var country = random.nextInt(7) == 0 ? null : COUNTRIES[random.nextInt(COUNTRIES.length)];
            var departement = "FR".equals(country) && random.nextBoolean()
                    ? DEPARTEMENTS[random.nextInt(DEPARTEMENTS.length)]
                    : null;
            var at = LocalDateTime.of(2003, 1, 1, 9, 0)
                    .plusDays(random.nextInt(3 * 365))
                    .plusMinutes(random.nextInt(8 * 60));
            var draft = Interactions.draft()
                    .deskId(desk)
                    .occurredAt(at)
                    .channel(Channel.values()[random.nextInt(Channel.values().length)])
                    .adults(1 + random.nextInt(3))
                    .children(random.nextInt(3))
                    .country(country)
                    .departement(departement)
                    .build();
            logged.add(TestUsers.asHistoryWriter("anna", () -> visits.save(draft, TestUsers.HISTORY_REASON)));
        }
    }

    /** The reports, and the sections of the desk's activity, that the counts answer whole. */
    private List<Object> whatTheCountsAnswer() {
        var years = ReportPeriod.years(2003, 2005);
        var filter = new ReportFilter(desk, null, null);
        var origins = reports.report(
                new ReportRequest(ReportKind.ORIGINS, years, filter, Comparison.none(), true), Locale.FRENCH);
        var month = reports.report(
                new ReportRequest(
                        ReportKind.ORIGINS,
                        ReportPeriod.month(YearMonth.of(2004, 7)),
                        filter,
                        Comparison.previousYear(),
                        false),
                Locale.FRENCH);
        var recovery = reports.report(
                new ReportRequest(ReportKind.RECOVERY, years, filter, Comparison.referenceYear(2003), true),
                Locale.FRENCH);
        var activity = reports.report(
                new ReportRequest(ReportKind.ACTIVITY, years, filter, Comparison.none(), false), Locale.FRENCH);
        var desks = new ArrayList<Object>(List.of(origins, month, recovery));
        activity.sections().stream()
                .filter(s -> List.of("Contacts par canal", "Contacts par point d’accueil", "Contacts par mois")
                        .contains(s.title()))
                .forEach(desks::add);
        assertThat(desks).hasSize(6);
        return desks;
    }

    private Path exported(PastCountFormat format, Locale locale) throws IOException {
        var out = new ByteArrayOutputStream();
        pastCounts.logged(format, locale, FIRST, LAST, out);
        var file = temp.resolve("logged." + format.extension());
        Files.write(file, out.toByteArray());
        return file;
    }

    @Test
    void the_logged_months_exported_in_the_template_and_imported_back_give_the_same_reports() throws IOException {
        var before = whatTheCountsAnswer();
        var csv = exported(PastCountFormat.CSV, Locale.FRENCH);
        var xlsx = exported(PastCountFormat.XLSX, Locale.ENGLISH);
        var lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.getFirst()).isEqualTo("\uFEFFmois;accueil;provenance;canal;contacts;visiteurs");
        assertThat(lines.subList(1, lines.size()))
                .as("only this desk logged in 2003–2005")
                .allSatisfy(line -> assertThat(line).contains(";" + code + ";"))
                .anySatisfy(line -> assertThat(line).contains(";FR-63;"))
                .anySatisfy(line -> assertThat(line).contains(";UNKNOWN;"));

        TestUsers.as("director", AppRoles.DIRECTOR, () -> logged.forEach(i -> visits.delete(i.id(), i.version())));
        assertThat(whatTheCountsAnswer()).as("nothing logged any more").isNotEqualTo(before);

        var fromCsv = pastCounts.commit(pastCounts.preview(csv, "logged.csv"));
        assertThat(whatTheCountsAnswer()).as("from the CSV").isEqualTo(before);

        pastCounts.undo(fromCsv.id());
        var preview = pastCounts.preview(xlsx, "logged.xlsx");
        assertThat(preview.rejected()).isEmpty();
        assertThat(preview.rowsAccepted()).isEqualTo(fromCsv.rows());
        pastCounts.commit(preview);
        assertThat(whatTheCountsAnswer()).as("from the workbook").isEqualTo(before);
    }
}
