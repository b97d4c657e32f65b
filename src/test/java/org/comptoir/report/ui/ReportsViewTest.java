package org.comptoir.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.comptoir.TestUsers;
import org.comptoir.ViewTest;
import org.comptoir.base.ComptoirProperties;
import org.comptoir.report.ReportKind;
import org.comptoir.security.AppRoles;
import org.comptoir.visit.Interactions;
import org.comptoir.visit.VisitService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The director's home: this month at a glance, every card a link to the report behind it. */
@WithMockUser(username = "director", roles = AppRoles.DIRECTOR)
class ReportsViewTest extends ViewTest {

    @Autowired
    VisitService visits;

    @Autowired
    Clock clock;

    @Autowired
    ComptoirProperties properties;

    @Test
    void the_visitors_card_counts_this_months_visitors() {
        var before = visitors(navigate(ReportsView.class));

        TestUsers.as(
                "counsellor",
                AppRoles.COUNSELLOR,
                () -> visits.save(
                        Interactions.draft().adults(3).children(2).country("IT").build()));

        assertThat(visitors(navigate(ReportsView.class))).isEqualTo(before + 5);
    }

    @Test
    void the_cards_open_their_reports_on_this_month_against_last_year() {
        var home = navigate(ReportsView.class);
        var month = YearMonth.now(clock.withZone(properties.timeZone()));

        assertThat(query(home.visitors, "reports/origins"))
                .containsEntry("period", List.of("month"))
                .containsEntry("month", List.of(month.toString()))
                .containsEntry("compare", List.of("previous"));
        assertThat(query(home.countries, "reports/origins")).containsEntry("month", List.of(month.toString()));
        assertThat(query(home.stay, "reports/stay"))
                .containsEntry("month", List.of(month.toString()))
                .containsEntry("compare", List.of("previous"));
        assertThat(query(home.europeans, "reports/recovery"))
                .containsEntry("from", List.of("2019-01-01"))
                .containsEntry("to", List.of(month.getYear() + "-12-31"))
                .containsEntry("ref", List.of("2019"));
    }

    @Test
    void the_home_lists_the_seven_reports() {
        navigate(ReportsView.class);

        var entries = $(Anchor.class).withClassName("report-entry").all();

        assertThat(entries)
                .extracting(a -> a.getHref().substring(0, a.getHref().indexOf('?')))
                .containsExactly(
                        "reports/origins",
                        "reports/recovery",
                        "reports/stay",
                        "reports/interests",
                        "reports/activity",
                        "reports/suggestions",
                        "reports/listening");
        assertThat(entries.getFirst().getElement().getTextRecursively()).contains("Origine des visiteurs");
        assertThat(entries.getLast().getElement().getTextRecursively()).contains("Écoute visiteurs");
    }

    @Test
    void the_home_hands_out_the_annual_review_of_the_year_chosen() throws IOException {
        var home = navigate(ReportsView.class);
        var today = LocalDate.now(clock.withZone(properties.timeZone()));
        assertThat(home.reviewYear.getValue()).isEqualTo(today.getYear() - 1);
        assertThat(home.review.getText()).isEqualTo("Télécharger le bilan (PDF)");

        home.reviewYear.setValue(today.getYear());
        var pdf = new ByteArrayOutputStream();
        test(home.review).download(pdf);
        try (var document = Loader.loadPDF(pdf.toByteArray())) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Bilan annuel Qualité Tourisme " + today.getYear(), "Chiffres clés de l’année");
        }
    }

    @Test
    void a_card_link_opens_the_report_it_names() {
        var home = navigate(ReportsView.class);
        var href = home.europeans.getHref();

        UI.getCurrent()
                .navigate(
                        href.substring(0, href.indexOf('?')),
                        QueryParameters.fromString(href.substring(href.indexOf('?') + 1)));

        var report = (ReportView) getCurrentView();
        assertThat(report.state().kind()).isEqualTo(ReportKind.RECOVERY);
        assertThat(report.state().period().from()).isEqualTo(LocalDate.of(2019, 1, 1));
    }

    private long visitors(ReportsView home) {
        var figure = test(home.visitors)
                .find(Span.class)
                .withClassName("glance-figure")
                .single()
                .getText();
        return Long.parseLong(figure.replaceAll("\\D", ""));
    }

    private static Map<String, List<String>> query(Anchor card, String route) {
        var href = card.getHref();
        assertThat(href).startsWith(route + "?");
        return QueryParameters.fromString(href.substring(href.indexOf('?') + 1)).getParameters();
    }
}
