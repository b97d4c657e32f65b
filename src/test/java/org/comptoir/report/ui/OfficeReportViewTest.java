package org.comptoir.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.QueryParameters;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.comptoir.TestUsers;
import org.comptoir.TwoOffices;
import org.comptoir.ViewTest;
import org.comptoir.reference.OfficeService;
import org.comptoir.security.AppRoles;
import org.comptoir.visit.Interactions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Issue 16's acceptance, on screen: a network director reads the recovery report for the network and by office
 * (the network's tables, then each office's under its name), or one office's; a director of one office is offered
 * neither. In French and in English.
 */
@WithMockUser(username = "network", roles = AppRoles.NETWORK)
class OfficeReportViewTest extends ViewTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    OfficeService offices;

    @Autowired
    Clock clock;

    TwoOffices two;
    String firstOffice;

    @BeforeEach
    void germansAtOfficeB() {
        two = TwoOffices.create(context);
        firstOffice = TestUsers.as(
                "admin",
                AppRoles.ADMIN,
                () -> offices.offices().stream()
                        .filter(o -> o.id() == two.officeA())
                        .findFirst()
                        .orElseThrow()
                        .name());
        two.recordAtB(context, "bea", Interactions.draft().country("DE").adults(7));
    }

    @AfterEach
    void onlyOneOfficeAgain() {
        two.remove(context, List.of("bea"));
    }

    @Test
    void a_network_director_reads_the_recovery_report_for_the_network_and_by_office() {
        var view = open("recovery", "split=office");

        assertThat(view.filters.office.isVisible()).isTrue();
        assertThat(view.filters.office.getLabel()).isEqualTo("Office");
        assertThat(view.filters.byOffice.getLabel()).isEqualTo("Réseau et chaque office");
        assertThat(view.filters.byOffice.getValue()).isTrue();
        assertThat(view.state().byOffice()).isTrue();
        assertThat(headings(view)).first().isEqualTo("Réseau");
        assertThat(headings(view)).containsExactlyInAnyOrder("Réseau", firstOffice, "Office B (test)");
        var parts = view.sections.getChildren().toList();
        assertThat(parts).hasSize(3);
        var tables = parts.getFirst().getChildren().count();
        assertThat(parts)
                .allSatisfy(part -> assertThat(part.getChildren().count())
                        .as("the same tables for the network and each office")
                        .isEqualTo(tables));
        assertThat(parts.get(2).getElement().getTextRecursively())
                .as("office B's tables are its own")
                .isNotEqualTo(parts.get(1).getElement().getTextRecursively());
        // the downloads hold every part, each table titled with its part's name (a part is its heading and tables)
        var perPart = (int) tables - 1;
        var downloaded = view.result().sections();
        assertThat(downloaded).hasSize(perPart * 3);
        assertThat(downloaded.subList(0, perPart)).allMatch(s -> s.title().startsWith("Réseau — "));
        var ofB = downloaded.stream()
                .filter(s -> s.title().startsWith("Office B (test) — "))
                .toList();
        var ofFirst = downloaded.stream()
                .filter(s -> s.title().startsWith(firstOffice + " — "))
                .toList();
        assertThat(ofB).hasSize(perPart);
        assertThat(ofFirst).hasSize(perPart);
        assertThat(ofB.getFirst().rows())
                .as("office B's own figures")
                .isNotEqualTo(ofFirst.getFirst().rows());
    }

    @Test
    void the_split_by_office_speaks_english() {
        useLocale(Locale.ENGLISH);
        var view = open("recovery", "split=office");

        assertThat(view.filters.byOffice.getLabel()).isEqualTo("Network and each office");
        assertThat(view.filters.office.getEmptySelectionCaption()).isEqualTo("The whole network");
        assertThat(headings(view)).first().isEqualTo("Network");
        assertThat(headings(view)).containsExactlyInAnyOrder("Network", firstOffice, "Office B (test)");
    }

    @Test
    void a_network_director_reads_one_offices_report_and_the_address_keeps_it() {
        var year = LocalDate.now(clock).getYear();
        var view = open("origins", "period=year&year=" + year + "&office=" + two.officeB());

        assertThat(view.state().filter().officeId()).isEqualTo(two.officeB());
        assertThat(view.filters.office.getValue().id()).isEqualTo(two.officeB());
        assertThat(view.filters.byOffice.isEnabled())
                .as("no split within one office")
                .isFalse();
        assertThat(headings(view)).isEmpty();
        assertThat(view.state().query().getQueryString()).contains("office=" + two.officeB());
        var total = view.result().sections().getFirst().rows().getLast();
        assertThat(total.total()).isTrue();
        assertThat(total.values().getFirst().longValue())
                .as("office B's 7 German visitors this year, nothing of the first office")
                .isEqualTo(7);
    }

    @Test
    @WithMockUser(username = "director", roles = AppRoles.DIRECTOR)
    void a_director_of_one_office_is_offered_neither_the_office_filter_nor_the_split() {
        var view = open("recovery", "split=office&office=" + two.officeB());

        assertThat(view.filters.office.isVisible()).isFalse();
        assertThat(view.filters.byOffice.isVisible()).isFalse();
        assertThat(view.state().filter().officeId()).isNull();
        assertThat(view.state().byOffice()).isFalse();
        assertThat(headings(view)).isEmpty();
    }

    private ReportView open(String slug, String query) {
        UI.getCurrent().navigate("reports/" + slug, QueryParameters.fromString(query));
        return (ReportView) getCurrentView();
    }

    private List<String> headings(ReportView view) {
        return view.sections
                .getChildren()
                .flatMap(part -> part.getChildren())
                .filter(H2.class::isInstance)
                .map(h -> ((H2) h).getText())
                .toList();
    }
}
