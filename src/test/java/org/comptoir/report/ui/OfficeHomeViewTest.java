package org.comptoir.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.Locale;
import org.comptoir.TwoOffices;
import org.comptoir.ViewTest;
import org.comptoir.security.AppRoles;
import org.comptoir.visit.Interactions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The network director's home (issue 16): signing in leads to the reports' home, where each office's month sits
 * beside the others' and the network's total is their sum; each office opens its own report. A director of one
 * office sees their office's month only. In French and in English.
 */
@WithMockUser(username = "network", roles = AppRoles.NETWORK)
class OfficeHomeViewTest extends ViewTest {

    @Autowired
    ApplicationContext context;

    TwoOffices two;

    @BeforeEach
    void visitorsAtBothOffices() {
        two = TwoOffices.create(context);
        two.recordAtB(context, "bea", Interactions.draft().country("DE").adults(7));
        two.recordAtA(context, "anna", Interactions.draft().country("IT").adults(2));
    }

    @AfterEach
    void onlyOneOfficeAgain() {
        two.remove(context, List.of("anna", "bea"));
    }

    @Test
    void the_network_directors_home_sets_the_offices_side_by_side_with_the_networks_total() {
        var home = navigate("", ReportsView.class);

        assertThat($(H2.class).all().stream().map(H2::getText)).contains("Le réseau, office par office");
        var header = cells(home.network.getHead().getElement().getChild(0));
        assertThat(header.getFirst()).isEqualTo("Office");
        assertThat(header.get(1)).startsWith("Visiteurs, ");
        var rows = home.network.getBody().getElement().getChildren().toList();
        assertThat(rows).hasSize(3);
        var total = cells(rows.getLast());
        assertThat(total.getFirst()).isEqualTo("Réseau");
        var officeB = rows.stream()
                .map(OfficeHomeViewTest::cells)
                .filter(row -> row.getFirst().equals("Office B (test)"))
                .findFirst()
                .orElseThrow();
        assertThat(number(officeB.get(1))).as("office B's 7 German visitors").isEqualTo(7);
        assertThat(officeB.getLast()).isEqualTo("Allemagne");
        var officeA = cells(rows.stream()
                .filter(row -> !cells(row).getFirst().equals("Office B (test)"))
                .findFirst()
                .orElseThrow());
        assertThat(number(officeA.get(1)) + number(officeB.get(1)))
                .as("the network is its offices")
                .isEqualTo(number(total.get(1)));
        assertThat(number(total.get(1))).as("the cards count the network").isEqualTo(visitors(home));

        var link = rows.stream()
                .flatMap(row -> row.getChild(0).getChildren())
                .filter(e -> e.getTextRecursively().equals("Office B (test)"))
                .findFirst()
                .orElseThrow();
        assertThat(link.getAttribute("href")).startsWith("reports/origins?").contains("office=" + two.officeB());
    }

    @Test
    void the_network_view_speaks_english() {
        useLocale(Locale.ENGLISH);
        var home = navigate(ReportsView.class);

        assertThat($(H2.class).all().stream().map(H2::getText)).contains("The network, office by office");
        assertThat(cells(home.network.getHead().getElement().getChild(0)))
                .contains("First country")
                .anySatisfy(h -> assertThat(h).startsWith("Visitors, "));
        var rows = home.network.getBody().getElement().getChildren().toList();
        assertThat(cells(rows.getLast()).getFirst()).isEqualTo("Network");
        assertThat(rows.stream().map(row -> cells(row).getLast())).contains("Germany");
    }

    @Test
    @WithMockUser(username = "director", roles = AppRoles.DIRECTOR)
    void a_director_of_one_office_sees_their_office_only() {
        var home = navigate(ReportsView.class);

        assertThat(home.network.getBody().getElement().getChildCount()).isZero();
        assertThat($(H2.class).all().stream().map(H2::getText)).doesNotContain("Le réseau, office par office");
    }

    private static List<String> cells(Element row) {
        return row.getChildren().map(Element::getTextRecursively).toList();
    }

    private static long number(String text) {
        return Long.parseLong(text.replaceAll("\\D", ""));
    }

    private long visitors(ReportsView home) {
        return number(test(home.visitors)
                .find(Span.class)
                .withClassName("glance-figure")
                .single()
                .getText());
    }
}
