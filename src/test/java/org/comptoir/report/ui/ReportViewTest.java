package org.comptoir.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.comptoir.TestUsers;
import org.comptoir.ViewTest;
import org.comptoir.attraction.AttractionService;
import org.comptoir.base.Translations;
import org.comptoir.reference.ListItemDraft;
import org.comptoir.reference.ListKind;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.report.Comparison;
import org.comptoir.report.ReportFilter;
import org.comptoir.report.ReportKind;
import org.comptoir.report.ReportPeriod;
import org.comptoir.report.ReportRequest;
import org.comptoir.security.AppRoles;
import org.comptoir.visit.Channel;
import org.comptoir.visit.Interactions;
import org.comptoir.visit.StayLength;
import org.comptoir.visit.VisitService;
import org.comptoir.visit.VisitorType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A report as a director reads it: the address sets the request, the fields change the address, bad ranges
 * are said on the field. Each test counts on a desk of its own, since the database holds other tests' visits.
 */
@WithMockUser(username = "director", roles = AppRoles.DIRECTOR)
class ReportViewTest extends ViewTest {

    @Autowired
    VisitService visits;

    @Autowired
    ReferenceListService lists;

    @Autowired
    Translations translations;

    @Autowired
    AttractionService attractions;

    long desk;
    String code;

    @BeforeEach
    void aDeskOfItsOwn() {
        code = "RPT" + System.nanoTime() % 1_000_000;
        desk = TestUsers.as(
                        "admin",
                        AppRoles.ADMIN,
                        () -> lists.save(
                                ListKind.DESK, new ListItemDraft(null, 0, code, "Accueil " + code, "Desk " + code, 95)))
                .id();
    }

    @Test
    void the_address_sets_the_period_the_filters_and_the_comparison_of_the_request() {
        var view = open(
                "origins",
                "period=month&month=2023-07&desk=" + desk
                        + "&channel=PHONE&visitorType=TOURIST&compare=previous&fine=true");

        assertThat(view.state().request())
                .isEqualTo(new ReportRequest(
                        ReportKind.ORIGINS,
                        ReportPeriod.month(YearMonth.of(2023, 7)),
                        new ReportFilter(desk, Channel.PHONE, VisitorType.TOURIST),
                        Comparison.previousYear(),
                        true));
        assertThat(view.period.kind.getValue()).isEqualTo(ReportPeriod.Kind.MONTH);
        assertThat(view.period.year.getValue()).isEqualTo(2023);
        assertThat(view.filters.desk.getValue().id()).isEqualTo(desk);
        assertThat(view.filters.channel.getValue()).isEqualTo(Channel.PHONE);
        assertThat(view.filters.compare.getValue()).isEqualTo(Comparison.Kind.PREVIOUS_YEAR);
        assertThat(view.filters.fineRegions.getValue()).isTrue();
        assertThat(view.result().context()).anySatisfy(line -> assertThat(line).contains("juillet 2023"));
    }

    @Test
    void the_table_shows_the_visitors_of_the_chosen_desk_and_channel_with_a_bold_total() {
        logGermans(LocalDateTime.of(2023, 7, 14, 10, 0), Channel.PHONE, 3);
        logGermans(LocalDateTime.of(2023, 7, 15, 11, 0), Channel.DESK, 5);

        var phone = open("origins", "period=month&month=2023-07&desk=" + desk + "&channel=PHONE");
        assertThat(firstNumber(phone, "Allemagne")).contains("3");
        var everyChannel = open("origins", "period=month&month=2023-07&desk=" + desk);
        assertThat(firstNumber(everyChannel, "Allemagne")).contains("8");

        var regions = everyChannel
                .sections
                .getChildren()
                .findFirst()
                .map(SectionPanel.class::cast)
                .orElseThrow();
        var rows = rows(regions);
        assertThat(rows.getLast().getClassNames()).contains("total");
        assertThat(test(regions)
                        .find(Span.class)
                        .withClassName("report-measure")
                        .single()
                        .getText())
                .isEqualTo("Visiteurs (personnes)");
    }

    @Test
    void the_comparison_with_last_year_adds_last_years_figures() {
        logGermans(LocalDateTime.of(2022, 7, 14, 10, 0), Channel.EMAIL, 2);
        logGermans(LocalDateTime.of(2023, 7, 14, 10, 0), Channel.EMAIL, 4);

        var view = open("origins", "period=month&month=2023-07&desk=" + desk + "&compare=previous");

        var germany = row(view, "Allemagne").orElseThrow();
        assertThat(cells(germany)).contains("4", "2", "+100,0\u00a0%");
    }

    @ParameterizedTest
    @EnumSource(ReportKind.class)
    void every_report_follows_its_filters_and_its_comparison(ReportKind kind) {
        var hiking = lists.idsByCode(ListKind.INTEREST).get("HIKING");
        var directions = lists.idsByCode(ListKind.QUESTION).get("DIRECTIONS_MAPS");
        var pick = attractions.active().getFirst().id();
        for (var when : List.of(LocalDateTime.of(2022, 7, 14, 10, 0), LocalDateTime.of(2023, 7, 14, 10, 0))) {
            TestUsers.asHistoryWriter(
                    "counsellor",
                    () -> visits.save(
                            Interactions.draft()
                                    .occurredAt(when)
                                    .deskId(desk)
                                    .channel(Channel.PHONE)
                                    .adults(2)
                                    .children(1)
                                    .visitorType(VisitorType.TOURIST)
                                    .country("DE")
                                    .stayLength(StayLength.TWO_THREE_NIGHTS)
                                    .interestIds(Set.of(hiking))
                                    .questionIds(Set.of(directions))
                                    .pickIds(List.of(pick))
                                    .build(),
                            TestUsers.HISTORY_REASON));
        }

        var view = open(
                kind.slug(),
                "period=year&year=2023&desk=" + desk + "&channel=PHONE&visitorType=TOURIST&compare=previous");

        assertThat(view.state().request())
                .isEqualTo(new ReportRequest(
                        kind,
                        ReportPeriod.year(2023),
                        new ReportFilter(desk, Channel.PHONE, VisitorType.TOURIST),
                        Comparison.previousYear(),
                        false));
        assertThat(view.result().title()).isEqualTo(translations.getTranslation(kind.titleKey(), Locale.FRENCH));
        assertThat(view.result().context()).contains("Filtres : Accueil " + code + " · Téléphone · Touriste");
        if (kind != ReportKind.RECOVERY) {
            assertThat(view.result().context()).contains("Comparaison : 2022");
        }
        var panels = view.sections.getChildren().map(SectionPanel.class::cast).toList();
        if (kind == ReportKind.LISTENING) {
            // complaints and survey answers, none on this desk: the channel and visitor type do not apply
            assertThat(view.result().context())
                    .contains("Le canal et le type de visiteur ne s’appliquent pas à ce rapport : réclamations et"
                            + " réponses au questionnaire ne les connaissent pas");
            assertThat(panels).hasSize(9);
        } else {
            assertThat(panels)
                    .isNotEmpty()
                    .allSatisfy(panel -> assertThat(rows(panel)).isNotEmpty());
        }

        view.filters.compare.setValue(Comparison.Kind.NONE);

        var after = (ReportView) getCurrentView();
        assertThat(after.state().request().comparison().kind()).isEqualTo(Comparison.Kind.NONE);
        if (kind == ReportKind.LISTENING) {
            // the listening report always sets the period beside last year's (Qualité Tourisme's review)
            assertThat(after.result().context()).contains("Comparaison : 2022");
        } else {
            assertThat(after.result().context()).noneMatch(line -> line.startsWith("Comparaison"));
        }
    }

    @Test
    void changing_a_filter_writes_it_into_the_address() {
        var view = open("stay", "period=year&year=2024");

        view.filters.channel.setValue(Channel.EMAIL);

        var location = UI.getCurrent().getInternals().getActiveViewLocation();
        assertThat(location.getPath()).isEqualTo("reports/stay");
        assertThat(location.getQueryParameters().getParameters())
                .containsEntry("channel", List.of("EMAIL"))
                .containsEntry("year", List.of("2024"));
        var after = (ReportView) getCurrentView();
        assertThat(after.state().filter().channel()).isEqualTo(Channel.EMAIL);
    }

    @Test
    void the_tabs_open_the_other_reports_on_the_same_period_and_filters() {
        var view = open("origins", "period=season&season=summer&year=2024&channel=PHONE");

        var href = view.tabs.get(ReportKind.INTERESTS).getHref();
        assertThat(href).startsWith("reports/interests?");
        assertThat(QueryParameters.fromString(href.substring(href.indexOf('?') + 1)))
                .isEqualTo(view.state().query());
        assertThat(view.tabs.get(ReportKind.ORIGINS).getElement().getAttribute("aria-current"))
                .isEqualTo("page");
    }

    @Test
    void a_range_ending_before_it_starts_is_said_on_the_field_and_kept() {
        open("activity", "period=year&year=2024").period.kind.setValue(ReportPeriod.Kind.CUSTOM);
        var view = (ReportView) getCurrentView();
        assertThat(view.state().period())
                .as("the year's days, now as dates to change")
                .isEqualTo(ReportPeriod.custom(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));

        view.period.from.setValue(LocalDate.of(2024, 5, 1));
        view.period.to.setValue(LocalDate.of(2024, 4, 1));

        assertThat(view.period.to.isInvalid()).isTrue();
        assertThat(view.period.to.getErrorMessage()).isEqualTo("La fin de la période précède son début.");
        assertThat(view.period.to.getValue()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(view.period.from.getValue()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(((ReportView) getCurrentView()).state().period())
                .as("the last valid range stays shown")
                .isEqualTo(ReportPeriod.custom(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 12, 31)));
    }

    @Test
    void a_range_over_fifteen_years_is_refused_on_the_field() {
        var view = open("recovery", "");

        view.period.from.setValue(LocalDate.of(2005, 1, 1));

        assertThat(view.period.to.isInvalid()).isTrue();
        assertThat(view.period.to.getErrorMessage()).isEqualTo("Une période de 15 ans au plus.");
        assertThat(view.period.from.getValue()).isEqualTo(LocalDate.of(2005, 1, 1));
    }

    @Test
    void recovery_opens_on_2019_to_this_year_against_2019() {
        var view = open("recovery", "");

        assertThat(view.state().period().from()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(view.state().comparison()).isEqualTo(Comparison.referenceYear(2019));
        assertThat(view.period.kind.getValue()).isEqualTo(ReportPeriod.Kind.CUSTOM);
        assertThat(view.result().fileStem()).startsWith("comptoir-recovery-2019-");
        assertThat(view.pdf.isEnabled()).isTrue();
    }

    @Test
    void an_unknown_report_leads_to_the_reports_home() {
        UI.getCurrent().navigate("reports/nonsense");

        assertThat(getCurrentView()).isInstanceOf(ReportsView.class);
    }

    @Test
    void numbers_follow_the_language_of_the_reader() {
        logGermans(LocalDateTime.of(2021, 3, 3, 10, 0), Channel.DESK, 617);
        logGermans(LocalDateTime.of(2021, 3, 4, 10, 0), Channel.DESK, 617);
        useLocale(Locale.ENGLISH);

        var view = open("origins", "period=month&month=2021-03&desk=" + desk);

        assertThat(firstNumber(view, "Germany")).contains("1,234");
    }

    private ReportView open(String slug, String query) {
        UI.getCurrent().navigate("reports/" + slug, QueryParameters.fromString(query));
        return (ReportView) getCurrentView();
    }

    /** A party of German tourists at this test's desk. */
    private void logGermans(LocalDateTime when, Channel channel, int persons) {
        TestUsers.asHistoryWriter(
                "counsellor",
                () -> visits.save(
                        Interactions.draft()
                                .occurredAt(when)
                                .deskId(desk)
                                .channel(channel)
                                .adults(persons)
                                .visitorType(VisitorType.TOURIST)
                                .country("DE")
                                .build(),
                        TestUsers.HISTORY_REASON));
    }

    private Optional<String> firstNumber(ReportView view, String label) {
        return row(view, label).map(r -> cells(r).get(1));
    }

    private Optional<NativeTableRow> row(ReportView view, String label) {
        return view.sections
                .getChildren()
                .map(SectionPanel.class::cast)
                .flatMap(p -> rows(p).stream())
                .filter(r -> cells(r).getFirst().equals(label))
                .findFirst();
    }

    private static List<NativeTableRow> rows(SectionPanel panel) {
        return panel.table.getBody().getRows();
    }

    private static List<String> cells(NativeTableRow row) {
        return row.getAllCells().stream().map(c -> c.getElement().getText()).toList();
    }
}
