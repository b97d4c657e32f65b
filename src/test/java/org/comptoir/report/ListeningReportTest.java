package org.comptoir.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.comptoir.ComptoirTest;
import org.comptoir.TestDesks;
import org.comptoir.TestUsers;
import org.comptoir.base.Translations;
import org.comptoir.complaint.ComplaintCategory;
import org.comptoir.complaint.ComplaintKind;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.reference.WorldRegion.Market;
import org.comptoir.report.export.ReportExports;
import org.comptoir.security.AppRoles;
import org.comptoir.suggestion.SheetLanguage;
import org.comptoir.survey.SurveyAnswer;
import org.comptoir.survey.SurveyService;
import org.comptoir.survey.SurveySource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * The listening report ("Écoute visiteurs") and the Qualité Tourisme annual review: every figure equals what the
 * raw complaints and survey answers of a desk of its own give, counted here in SQL of the test's own; the year
 * compared with the year before; the review's PDF.
 */
@ComptoirTest
@Transactional
@WithMockUser(username = "director", roles = AppRoles.DIRECTOR)
class ListeningReportTest {

    @Autowired
    ReportService reports;

    @Autowired
    ReportExports exports;

    @Autowired
    ReferenceListService lists;

    @Autowired
    DataSource dataSource;

    @Autowired
    Clock clock;

    @Autowired
    SurveyService surveys;

    private JdbcTemplate jdbc;
    private long desk;
    private int year;
    private LocalDate today;
    private final List<SurveyAnswer> answers = new ArrayList<>();

    @BeforeEach
    void registerAndAnswers() {
        jdbc = new JdbcTemplate(dataSource);
        desk = TestDesks.create(lists, "LISTEN", "Écoute", "Listening");
        today = reports.today();
        year = today.getYear() - 1;
        var random = new Random(17);
        for (var y : List.of(year - 1, year)) {
            for (int n = 0; n < 60; n++) {
                var received = LocalDate.of(y, 1 + random.nextInt(12), 1 + random.nextInt(28));
                var category = ComplaintCategory.values()[random.nextInt(ComplaintCategory.values().length)];
                var due = received.plusDays(21);
                var answered = random.nextInt(10) < 8 ? received.plusDays(random.nextInt(30)) : null;
                complaint(
                        random.nextInt(4) == 0 ? ComplaintKind.SUGGESTION : ComplaintKind.COMPLAINT,
                        category,
                        received,
                        due,
                        answered);
            }
            for (int n = 0; n < 150; n++) {
                var day = LocalDate.of(y, 1 + random.nextInt(12), 1 + random.nextInt(28));
                var market = List.of("FRANCE", "EUROPE", "LONG_HAUL", "").get(random.nextInt(4));
                answer(
                        day,
                        market.isEmpty() ? null : market,
                        1 + random.nextInt(5),
                        random.nextInt(6) == 0 ? null : 1 + random.nextInt(5),
                        random.nextInt(5) == 0 ? null : random.nextInt(11),
                        random.nextInt(3) == 0 ? "Commentaire " + y + "-" + n : null);
            }
        }
        // as the service keeps them, with their days' counts (survey_day, decision 0034)
        TestUsers.as("admin", AppRoles.ADMIN, () -> surveys.importAnswers(answers));
        // another desk's rows, which the desk filter leaves out
        complaint(
                ComplaintKind.COMPLAINT,
                ComplaintCategory.WELCOME,
                LocalDate.of(year, 3, 3),
                LocalDate.of(year, 3, 20),
                null,
                null);
    }

    @Test
    void complaints_by_kind_category_and_subject_equal_the_raw_rows() {
        var result = listening(ReportPeriod.year(year));
        assertThat(result.sections())
                .extracting(ReportSection::title)
                .containsExactly(
                        "Réclamations et suggestions",
                        "Réclamations et suggestions par catégorie",
                        "Réclamations et suggestions : l’office ou un partenaire",
                        "Délais de réponse",
                        "Satisfaction par mois",
                        "Satisfaction par marché, mois par mois",
                        "Satisfaction par marché",
                        "Satisfaction par point d’accueil",
                        "Commentaires à lire");

        var byKind = rows(section(result, "Réclamations et suggestions"));
        for (var kind : ComplaintKind.values()) {
            var label = kind == ComplaintKind.COMPLAINT ? "Réclamation" : "Suggestion";
            assertComplaintRow(byKind.get(label), "kind = '" + kind.name() + "'");
        }
        assertComplaintRow(byKind.get("Total"), "true");

        var byCategory = rows(section(result, "Réclamations et suggestions par catégorie"));
        var categories = 0;
        for (var category : ComplaintCategory.values()) {
            var row = byCategory.entrySet().stream()
                    .filter(e -> e.getKey().endsWith(" · " + categoryLabel(category)))
                    .map(Map.Entry::getValue)
                    .findFirst();
            if (raw("select count(*) from complaint where desk_id = " + desk + " and category = '" + category.name()
                            + "' and year(received_on) in (" + year + ", " + (year - 1) + ")")
                    > 0) {
                categories++;
                assertComplaintRow(row.orElseThrow(), "category = '" + category.name() + "'");
            }
        }
        assertThat(byCategory).hasSize(categories + 1);

        var bySubject = rows(section(result, "Réclamations et suggestions : l’office ou un partenaire"));
        assertComplaintRow(
                bySubject.get("L’office"),
                "category in ('WELCOME','INFORMATION','SHOP_TICKETING','PREMISES','ACCESSIBILITY','OFFICE_OTHER')");
        assertComplaintRow(
                bySubject.get("Un partenaire"),
                "category in ('ATTRACTION','ACCOMMODATION','RESTAURANT','TRANSPORT','PARTNER_OTHER')");
    }

    @Test
    void answer_times_give_the_share_in_time_and_the_median_of_the_raw_rows() {
        var result = listening(ReportPeriod.year(year));
        var times = section(result, "Délais de réponse").rows();
        assertThat(times).hasSize(2);
        for (var pair : List.of(List.of(0, year), List.of(1, year - 1))) {
            var values = times.get(pair.get(0)).values();
            var y = pair.get(1);
            var where = "desk_id = " + desk + " and year(received_on) = " + y;
            assertThat(values.get(0)).isEqualTo(raw("select count(*) from complaint where " + where));
            assertThat(values.get(1)).isEqualTo(raw("select count(answered_on) from complaint where " + where));
            long late = raw("select count(*) from complaint where " + where
                    + " and answered_on is null and status in ('RECEIVED', 'ACKNOWLEDGED') and due_date < '" + today
                    + "'");
            assertThat(values.get(2)).isEqualTo(late);
            long inTime = raw("select count(*) from complaint where " + where + " and answered_on <= due_date");
            long answered = raw("select count(answered_on) from complaint where " + where);
            assertThat(values.get(3).doubleValue()).isCloseTo(100.0 * inTime / (answered + late), within(1e-9));
            var days = jdbc.queryForList(
                    "select datediff(answered_on, received_on) from complaint where " + where
                            + " and answered_on is not null order by 1",
                    Long.class);
            var middle = days.size() / 2;
            var median = days.size() % 2 == 1 ? days.get(middle) : (days.get(middle - 1) + days.get(middle)) / 2.0;
            assertThat(values.get(4).doubleValue()).isEqualTo(median);
        }
    }

    @Test
    void satisfaction_by_month_market_and_desk_equals_the_raw_answers_with_last_year_beside() {
        var result = listening(ReportPeriod.year(year));
        var months = section(result, "Satisfaction par mois").rows();
        assertThat(months).hasSize(13);
        for (int m = 1; m <= 12; m++) {
            var row = months.get(m - 1);
            assertSatisfaction(
                    row,
                    "year(answered_on) = " + year + " and month(answered_on) = " + m,
                    "year(answered_on) = " + (year - 1) + " and month(answered_on) = " + m);
        }
        assertSatisfaction(months.get(12), "year(answered_on) = " + year, "year(answered_on) = " + (year - 1));

        var trend = section(result, "Satisfaction par marché, mois par mois");
        assertThat(trend.columns())
                .extracting(ReportColumn::header)
                .containsExactly(
                        "NPS France",
                        "NPS Reste de l’Europe",
                        "NPS Reste du monde",
                        "Satisfaction France (sur 5)",
                        "Satisfaction Reste de l’Europe (sur 5)",
                        "Satisfaction Reste du monde (sur 5)");
        for (int m = 1; m <= 12; m++) {
            var values = trend.rows().get(m - 1).values();
            var month = "desk_id = " + desk + " and year(answered_on) = " + year + " and month(answered_on) = " + m;
            assertMean(values.get(1), nps(month + " and market = 'EUROPE'"));
            assertMean(
                    values.get(5),
                    "select sum(satisfaction) * 1e0 / count(satisfaction) from survey_answer where " + month
                            + " and market = 'LONG_HAUL'");
        }
        assertMean(
                trend.rows().getLast().values().get(0),
                nps("desk_id = " + desk + " and year(answered_on) = " + year + " and market = 'FRANCE'"));

        var markets = rows(section(result, "Satisfaction par marché"));
        assertThat(markets).containsOnlyKeys("France", "Reste de l’Europe", "Reste du monde", "Non renseigné", "Total");
        assertSatisfaction(
                markets.get("Reste de l’Europe"),
                "year(answered_on) = " + year + " and market = 'EUROPE'",
                "year(answered_on) = " + (year - 1) + " and market = 'EUROPE'");
        assertSatisfaction(
                markets.get("Non renseigné"),
                "year(answered_on) = " + year + " and market is null",
                "year(answered_on) = " + (year - 1) + " and market is null");

        var desks = rows(section(result, "Satisfaction par point d’accueil"));
        assertThat(desks).containsOnlyKeys("Écoute", "Total");
        assertSatisfaction(desks.get("Écoute"), "year(answered_on) = " + year, "year(answered_on) = " + (year - 1));
    }

    @Test
    void the_comments_to_read_are_the_periods_newest_and_never_drawn() {
        var result = listening(ReportPeriod.month(YearMonth.of(year, 6)));
        var comments = section(result, "Commentaires à lire");
        assertThat(comments.chart().seriesColumns()).isEmpty();
        var expected = jdbc.queryForList(
                "select comment from survey_answer where desk_id = ? and answered_on between ? and ?"
                        + " and comment is not null order by answered_on desc, id",
                String.class,
                desk,
                LocalDate.of(year, 6, 1),
                LocalDate.of(year, 6, 30));
        assertThat(expected).isNotEmpty();
        assertThat(comments.rows()).hasSize(Math.min(expected.size(), ListeningReport.COMMENTS));
        for (int i = 0; i < comments.rows().size(); i++) {
            assertThat(comments.rows().get(i).label()).contains("Écoute").endsWith("— " + expected.get(i));
        }
    }

    @Test
    void a_month_is_compared_with_the_same_month_last_year_even_without_a_comparison_asked() {
        var result = listening(ReportPeriod.month(YearMonth.of(year, 6)));
        assertThat(result.context()).anyMatch(line -> line.startsWith("Comparaison : juin " + (year - 1)));
        var june = section(result, "Satisfaction par mois").rows().getFirst();
        assertSatisfaction(
                june,
                "year(answered_on) = " + year + " and month(answered_on) = 6",
                "year(answered_on) = " + (year - 1) + " and month(answered_on) = 6");
    }

    @Test
    void the_annual_review_gathers_the_years_figures_in_one_pdf() throws IOException {
        var review = reports.annualReview(year, Translations.FRENCH);
        assertThat(review.title()).isEqualTo("Bilan annuel Qualité Tourisme " + year);
        assertThat(review.fileStem()).isEqualTo("comptoir-qualite-tourisme-" + year);
        var titles = review.sections().stream().map(ReportSection::title).toList();
        assertThat(titles.getFirst()).isEqualTo("Chiffres clés de l’année");
        assertThat(titles)
                .contains(
                        "Pays étrangers",
                        "Contacts par canal",
                        "Réclamations et suggestions par catégorie",
                        "Délais de réponse",
                        "Satisfaction par marché",
                        "Commentaires à lire")
                .doesNotContain("Contacts par conseiller", "Contacts par heure et jour de la semaine");
        var keys = rows(review.sections().getFirst());
        // every desk of the office counts in the review (a complaint held at no desk belongs to no office: not counted)
        assertThat(keys.get("Réclamations reçues").get(0))
                .isEqualTo(raw("select count(*) from complaint where desk_id is not null and kind = 'COMPLAINT'"
                        + " and year(received_on) = " + year));
        assertThat(keys.get("Réclamations reçues").get(1))
                .isEqualTo(raw("select count(*) from complaint where desk_id is not null and kind = 'COMPLAINT'"
                        + " and year(received_on) = "
                        + (year - 1)));
        assertThat(keys.get("Réponses au questionnaire de satisfaction").get(0))
                .isEqualTo(raw("select count(*) from survey_answer where year(answered_on) = " + year));

        var out = new ByteArrayOutputStream();
        exports.pdf(review, Translations.FRENCH, out);
        try (var document = Loader.loadPDF(out.toByteArray())) {
            var text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains(
                            "Bilan annuel Qualité Tourisme " + year,
                            "Chiffres clés de l’année",
                            "Délais de réponse",
                            "Satisfaction par marché",
                            "Commentaires à lire");
            assertThat(document.getNumberOfPages()).isGreaterThan(3);
        }
    }

    @Test
    void the_report_speaks_english_too() {
        var result = reports.report(
                new ReportRequest(
                        ReportKind.LISTENING,
                        ReportPeriod.year(year),
                        new ReportFilter(desk, null, null),
                        Comparison.none(),
                        false),
                Translations.ENGLISH);
        assertThat(result.title()).isEqualTo("Listening to visitors");
        assertThat(result.sections())
                .extracting(ReportSection::title)
                .contains("Complaints and suggestions by category", "Answer times", "Satisfaction by market");
    }

    @Test
    void counsellors_read_neither_the_report_nor_the_review() {
        TestUsers.as("counsellor", AppRoles.COUNSELLOR, () -> {
            assertThatThrownBy(() -> reports.annualReview(year, Translations.FRENCH))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> listening(ReportPeriod.year(year))).isInstanceOf(AccessDeniedException.class);
        });
    }

    // ---- the test's own counting

    private ReportResult listening(ReportPeriod period) {
        return reports.report(
                new ReportRequest(
                        ReportKind.LISTENING, period, new ReportFilter(desk, null, null), Comparison.none(), false),
                Locale.FRENCH);
    }

    /** The received, answered and in-time share of this year's and last year's complaints matching {@code where}. */
    private void assertComplaintRow(@Nullable List<@Nullable Number> values, String where) {
        assertThat(values).isNotNull();
        var now = "desk_id = " + desk + " and year(received_on) = " + year + " and " + where;
        var before = "desk_id = " + desk + " and year(received_on) = " + (year - 1) + " and " + where;
        assertThat(values.get(0)).isEqualTo(raw("select count(*) from complaint where " + now));
        assertThat(values.get(1)).isEqualTo(raw("select count(answered_on) from complaint where " + now));
        assertShare(values.get(2), now);
        assertThat(values.get(3)).isEqualTo(raw("select count(*) from complaint where " + before));
        assertShare(values.get(4), before);
    }

    private void assertShare(@Nullable Number value, String where) {
        long inTime = raw("select count(*) from complaint where " + where + " and answered_on <= due_date");
        long due = raw("select count(*) from complaint where " + where + " and (answered_on is not null"
                + " or (status in ('RECEIVED', 'ACKNOWLEDGED') and due_date < '" + today + "'))");
        if (due == 0) {
            assertThat(value).isNull();
        } else {
            assertThat(Objects.requireNonNull(value).doubleValue()).isCloseTo(100.0 * inTime / due, within(1e-9));
        }
    }

    private void assertSatisfaction(ReportRow row, String where, String whereBefore) {
        assertSatisfaction(row.values(), where, whereBefore);
    }

    /** Answers, mean satisfaction, welcome and usefulness, NPS; and last year's answers and NPS. */
    private void assertSatisfaction(@Nullable List<@Nullable Number> values, String where, String whereBefore) {
        assertThat(values).isNotNull();
        var now = "desk_id = " + desk + " and " + where;
        var before = "desk_id = " + desk + " and " + whereBefore;
        assertThat(values.get(0)).isEqualTo(raw("select count(*) from survey_answer where " + now));
        assertMean(
                values.get(1), "select sum(satisfaction) * 1e0 / count(satisfaction) from survey_answer where " + now);
        assertMean(values.get(2), "select sum(welcome) * 1e0 / count(welcome) from survey_answer where " + now);
        assertMean(values.get(3), "select sum(usefulness) * 1e0 / count(usefulness) from survey_answer where " + now);
        assertMean(values.get(4), nps(now));
        assertThat(values.get(5)).isEqualTo(raw("select count(*) from survey_answer where " + before));
        assertMean(values.get(6), nps(before));
    }

    private static String nps(String where) {
        return "select 100e0 * (sum(recommend >= 9) - sum(recommend <= 6)) / count(recommend) from survey_answer"
                + " where recommend is not null and " + where;
    }

    private void assertMean(@Nullable Number value, String sql) {
        var expected = jdbc.queryForObject(sql, Double.class);
        if (expected == null) {
            assertThat(value).isNull();
        } else {
            assertThat(Objects.requireNonNull(value).doubleValue()).isCloseTo(expected, within(1e-6));
        }
    }

    private long raw(String sql) {
        return Objects.requireNonNull(jdbc.queryForObject(sql, Long.class));
    }

    private static ReportSection section(ReportResult result, String title) {
        return result.sections().stream()
                .filter(s -> s.title().equals(title))
                .findFirst()
                .orElseThrow();
    }

    private static Map<String, List<@Nullable Number>> rows(ReportSection section) {
        var rows = new LinkedHashMap<String, List<@Nullable Number>>();
        section.rows().forEach(row -> rows.put(row.label(), row.values()));
        return rows;
    }

    private static String categoryLabel(ComplaintCategory category) {
        return switch (category) {
            case WELCOME -> "Accueil";
            case INFORMATION -> "Information";
            case SHOP_TICKETING -> "Boutique et billetterie";
            case PREMISES -> "Locaux";
            case ACCESSIBILITY -> "Accessibilité";
            case OFFICE_OTHER -> "Autre (office)";
            case ATTRACTION -> "Site ou activité";
            case ACCOMMODATION -> "Hébergement";
            case RESTAURANT -> "Restaurant";
            case TRANSPORT -> "Transport";
            case PARTNER_OTHER -> "Autre (partenaire)";
        };
    }

    // ---- raw rows

    private void complaint(
            ComplaintKind kind,
            ComplaintCategory category,
            LocalDate received,
            LocalDate due,
            @Nullable LocalDate answered) {
        complaint(kind, category, received, due, answered, desk);
    }

    private void complaint(
            ComplaintKind kind,
            ComplaintCategory category,
            LocalDate received,
            LocalDate due,
            @Nullable LocalDate answered,
            @Nullable Long deskId) {
        // now and then one closed unanswered (nobody to answer): neither in time nor late
        var status = answered != null ? "ANSWERED" : received.getDayOfMonth() % 5 == 0 ? "CLOSED" : "RECEIVED";
        jdbc.update(
                """
                insert into complaint (kind, received_on, channel, subject, category, desk_id, description, owner,
                    due_date, status, answered_on, created_at, created_by, updated_at, updated_by)
                values (?, ?, 'DESK', ?, ?, ?, 'Une réclamation', 'director', ?, ?, ?, now(6), 'director', now(6),
                    'director')""", kind.name(), received, category.subject().name(), category.name(), deskId, due, status, answered);
    }

    private void answer(
            LocalDate day,
            @Nullable String market,
            int satisfaction,
            @Nullable Integer welcome,
            @Nullable Integer recommend,
            @Nullable String comment) {
        answers.add(new SurveyAnswer(
                day,
                SurveySource.KIOSK,
                desk,
                market == null ? null : Market.valueOf(market),
                SheetLanguage.FR,
                satisfaction,
                welcome,
                welcome == null ? null : Math.max(1, welcome - 1),
                recommend,
                comment));
    }
}
