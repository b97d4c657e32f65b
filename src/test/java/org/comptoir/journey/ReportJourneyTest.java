package org.comptoir.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.comptoir.TestUsers;
import org.comptoir.base.ComptoirProperties;
import org.comptoir.survey.SurveyDays;
import org.comptoir.visit.Channel;
import org.comptoir.visit.Interactions;
import org.comptoir.visit.StayLength;
import org.comptoir.visit.VisitService;
import org.comptoir.visit.VisitorType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A director reads the home's glance, opens the recovery report for 2019–2025 in a real headless Chromium,
 * switches to the origins report and downloads the recovery report's PDF; reads last month's complaints and
 * satisfaction in the listening report and downloads the Qualité Tourisme annual review.
 */
class ReportJourneyTest extends BrowserJourney {

    @Autowired
    VisitService visits;

    @Autowired
    Clock clock;

    @Autowired
    DataSource dataSource;

    @Autowired
    ComptoirProperties properties;

    @Test
    void a_director_opens_the_recovery_report_for_2019_to_2025_and_downloads_its_pdf() throws Exception {
        logPastVisitors();
        var page = browser.newPage();
        signIn(page, "director", "director");
        assertThat(page).hasURL(Pattern.compile(".*/reports$"));
        assertThat(page.locator(".glance-card")).hasCount(4);
        assertThat(page.locator(".report-entry")).hasCount(7);
        Browser.screenshot(page, "reports-home");

        page.navigate("/reports/recovery?period=custom&from=2019-01-01&to=2025-12-31&compare=reference&ref=2019");
        assertThat(page.locator(".report-section").first()).isVisible();
        assertThat(page.locator(".report-tab[aria-current=page]")).hasCount(1);
        var chart = page.locator("img.report-chart").first();
        page.waitForFunction("img => img.complete && img.naturalWidth > 0", chart.elementHandle());
        Browser.screenshot(page, "report-recovery");
        var table = page.locator(".report-table").first();
        assertThat(table).containsText("2019");
        table.scrollIntoViewIfNeeded();
        Browser.screenshot(page, "report-recovery-table");

        var download =
                page.waitForDownload(() -> page.locator(".report-export", new Page.LocatorOptions().setHasText("PDF"))
                        .click());
        assertThat(download.suggestedFilename()).endsWith(".pdf").startsWith("comptoir-recovery");
        var bytes = Files.readAllBytes(download.path());
        Files.write(Browser.SCREENSHOTS.resolve("report-recovery.pdf"), bytes);
        assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (var pdf = Loader.loadPDF(bytes)) {
            assertThat(new PDFTextStripper().getText(pdf))
                    .contains(page.locator(".page-title").textContent().strip(), "2019", "2025");
        }
        var excel =
                page.waitForDownload(() -> page.locator(".report-export", new Page.LocatorOptions().setHasText("Excel"))
                        .click());
        assertThat(excel.suggestedFilename())
                .isEqualTo(download.suggestedFilename().replace(".pdf", ".xlsx"));
        try (var workbook = new XSSFWorkbook(Files.newInputStream(excel.path()))) {
            assertThat(workbook.getNumberOfSheets())
                    .isEqualTo(page.locator(".report-section").count());
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo(page.locator(".page-title").textContent().strip());
        }

        page.locator(".report-tab[href*='reports/origins']").click();
        page.waitForURL(url -> url.contains("/reports/origins"));
        assertThat(page).hasURL(Pattern.compile(".*from=2019-01-01.*"));
        assertThat(page.locator(".report-tab[aria-current=page]"))
                .hasAttribute("href", Pattern.compile("reports/origins.*"));
        var originsChart = page.locator("img.report-chart").first();
        page.waitForFunction("img => img.complete && img.naturalWidth > 0", originsChart.elementHandle());
        Browser.screenshot(page, "report-origins");
        page.goBack();
        page.waitForURL(url -> url.contains("/reports/recovery"));
        assertThat(page.locator(".report-tab[aria-current=page]"))
                .hasAttribute("href", Pattern.compile("reports/recovery.*"));

        page.navigate("/reports/activity?period=custom&from=2019-01-01&to=2025-12-31");
        var heatmap = page.locator("img.report-chart").nth(3);
        heatmap.scrollIntoViewIfNeeded();
        page.waitForFunction("img => img.complete && img.naturalWidth > 0", heatmap.elementHandle());
        Browser.screenshot(page, "report-activity-hours");
        page.context().close();
    }

    @Test
    void a_director_reads_last_months_complaints_and_satisfaction_and_downloads_the_annual_review() throws Exception {
        var today = LocalDate.now(clock.withZone(properties.timeZone()));
        var lastMonth = YearMonth.from(today).minusMonths(1);
        var jdbc = new JdbcTemplate(dataSource);
        var desk = jdbc.queryForObject("select min(id) from desk", Long.class);
        for (int n = 0; n < 12; n++) {
            var received = lastMonth.atDay(1 + n * 2);
            var late = n % 4 == 3;
            jdbc.update(
                    """
                    insert into complaint (kind, received_on, channel, subject, category, desk_id, description, owner,
                        due_date, status, answered_on, created_at, created_by, updated_at, updated_by)
                    values (?, ?, 'DESK', ?, ?, ?, 'Journey', 'director', ?, 'ANSWERED', ?, now(6), 'director',
                        now(6), 'director')""",
                    n % 3 == 0 ? "SUGGESTION" : "COMPLAINT",
                    received,
                    n % 2 == 0 ? "OFFICE" : "PARTNER",
                    n % 2 == 0 ? "WELCOME" : "ACCOMMODATION",
                    desk,
                    received.plusDays(21),
                    received.plusDays(late ? 30 : 5));
            jdbc.update(
                    """
                    insert into survey_answer (id, answered_on, source, desk_id, market, language, satisfaction,
                        recommend, comment)
                    values (?, ?, 'KIOSK', ?, ?, 'fr', ?, ?, ?)""",
                    Long.MAX_VALUE - 1000 - n,
                    received,
                    desk,
                    List.of("FRANCE", "EUROPE", "LONG_HAUL").get(n % 3),
                    3 + n % 3,
                    6 + n % 5,
                    n % 4 == 0 ? "Très bon accueil, merci" : null);
        }
        SurveyDays.recount(jdbc, desk);
        try {
            var page = browser.newPage();
            signIn(page, "director", "director");
            page.locator(".report-entry[href*='reports/listening']").click();
            page.waitForURL(url -> url.contains("/reports/listening"));
            assertThat(page.locator(".report-section h3"))
                    .containsText(new String[] {"Délais de réponse", "Satisfaction par marché"});
            assertThat(page.locator(".report-context")).containsText("Comparaison");
            var times = page.locator(".report-section", new Page.LocatorOptions().setHasText("Délais de réponse"));
            assertThat(times.locator(".report-table")).containsText("75");
            var chart = page.locator("img.report-chart").first();
            page.waitForFunction("img => img.complete && img.naturalWidth > 0", chart.elementHandle());
            Browser.screenshot(page, "report-listening");
            var trend = page.locator(
                    ".report-section", new Page.LocatorOptions().setHasText("Satisfaction par marché, mois par mois"));
            assertThat(trend.locator(".report-table")).containsText("NPS Reste de l’Europe");
            var trendChart = trend.locator("img.report-chart");
            trendChart.scrollIntoViewIfNeeded();
            page.waitForFunction("img => img.complete && img.naturalWidth > 0", trendChart.elementHandle());
            Browser.screenshot(page, "report-listening-markets");

            page.navigate("/reports");
            var review = page.locator(".review-download");
            review.scrollIntoViewIfNeeded();
            Browser.screenshot(page, "reports-home-review");
            var download = page.waitForDownload(review::click);
            assertThat(download.suggestedFilename())
                    .startsWith("comptoir-qualite-tourisme-")
                    .endsWith(".pdf");
            var bytes = Files.readAllBytes(download.path());
            Files.write(Browser.SCREENSHOTS.resolve("annual-review.pdf"), bytes);
            try (var pdf = Loader.loadPDF(bytes)) {
                assertThat(new PDFTextStripper().getText(pdf))
                        .contains("Bilan annuel Qualité Tourisme", "Chiffres clés de l’année", "Délais de réponse");
            }
            page.context().close();
        } finally {
            jdbc.update("delete from complaint where description = 'Journey'");
            jdbc.update("delete from survey_answer where id > ?", Long.MAX_VALUE - 1100);
            SurveyDays.recount(jdbc, desk);
        }
    }

    /** Visitors from several countries over the years since 2019, by a counsellor of this journey's own. */
    private void logPastVisitors() {
        var countries = List.of("FR", "DE", "GB", "NL", "US", "BE", "ES");
        var stays = StayLength.values();
        TestUsers.asHistoryWriter("journey-reports", () -> {
            for (int year = 2019; year <= 2025; year++) {
                for (int c = 0; c < countries.size(); c++) {
                    // Europeans dip in 2020–2021 and come back; long-haul comes back slower
                    var persons = Math.max(1, 9 - c + (year == 2020 || year == 2021 ? -3 : year - 2019) / 2);
                    var country = countries.get(c);
                    visits.save(
                            Interactions.draft()
                                    .occurredAt(LocalDateTime.of(year, 1 + (c * 2 + year) % 12, 10 + c, 10, 30))
                                    .channel(c % 3 == 0 ? Channel.PHONE : Channel.DESK)
                                    .adults(persons)
                                    .children(c % 2)
                                    .visitorType(VisitorType.TOURIST)
                                    .country(country)
                                    .departement(country.equals("FR") ? "63" : null)
                                    .stayLength(stays[(c + year) % stays.length])
                                    .build(),
                            TestUsers.HISTORY_REASON);
                }
            }
            // this month so far and the same days last year, for the home's glance
            var now = LocalDateTime.now(clock.withZone(properties.timeZone()))
                    .withNano(0)
                    .minusMinutes(5);
            for (int c = 0; c < countries.size(); c++) {
                for (var when : List.of(now, now.minusYears(1))) {
                    visits.save(
                            Interactions.draft()
                                    .occurredAt(when)
                                    .adults(1 + c % 3 + (when == now ? 1 : 0))
                                    .visitorType(VisitorType.TOURIST)
                                    .country(countries.get(c))
                                    .stayLength(stays[c % stays.length])
                                    .build(),
                            TestUsers.HISTORY_REASON);
                }
            }
            return null;
        });
    }
}
