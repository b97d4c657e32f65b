package org.comptoir.visit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.comptoir.TestUsers;
import org.comptoir.ViewTest;
import org.comptoir.base.ComptoirProperties;
import org.comptoir.reference.ListKind;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.security.AppRoles;
import org.comptoir.visit.Channel;
import org.comptoir.visit.InteractionDetails;
import org.comptoir.visit.Interactions;
import org.comptoir.visit.PartyType;
import org.comptoir.visit.StayLength;
import org.comptoir.visit.VisitService;
import org.comptoir.visit.VisitorType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The history as a director uses it. Each test logs interactions as a counsellor of its own and
 * filters on them, since the database holds other tests' interactions too.
 */
@WithMockUser(username = "director", roles = AppRoles.DIRECTOR)
class HistoryViewTest extends ViewTest {

    private static final AtomicInteger NAMES = new AtomicInteger();

    @Autowired
    VisitService visits;

    @Autowired
    ComptoirProperties properties;

    @Autowired
    Clock clock;

    @Autowired
    ReferenceListService lists;

    String counsellor;
    LocalDate today;
    long mainDesk;

    @BeforeEach
    void aNewCounsellor() {
        counsellor = "hist" + NAMES.incrementAndGet() + "-" + System.nanoTime() % 100_000;
        today = LocalDate.now(clock.withZone(properties.timeZone()));
        mainDesk = lists.items(ListKind.DESK, true).stream()
                .filter(d -> d.code().equals("MAIN"))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void the_grid_shows_a_saved_interaction_in_french() {
        save("DE", "une famille");
        var view = navigate(HistoryView.class);
        test(view.counsellor).setValue(counsellor);

        var grid = test(view.grid);
        assertThat(grid.size()).isOne();
        assertThat(grid.getCellText(0, 1)).isEqualTo("Accueil principal");
        assertThat(grid.getCellText(0, 2)).isEqualTo(counsellor);
        assertThat(grid.getCellText(0, 3)).isEqualTo("Téléphone");
        assertThat(grid.getCellText(0, 4)).isEqualTo("3");
        assertThat(grid.getCellText(0, 5)).isEqualTo("Allemagne");
        assertThat(grid.getCellText(0, 7)).isEqualTo("2 à 3 nuits");
        assertThat(grid.getCellText(0, 8)).isEqualTo("Touriste");
        assertThat(view.count.getText()).isEqualTo("1 contact");
        assertThat(view.getPageTitle()).isEqualTo("Historique");
    }

    @Test
    void a_quick_count_is_marked_in_the_grid() {
        var question = lists.items(ListKind.QUESTION, false).getFirst().id();
        as(counsellor, AppRoles.COUNSELLOR, () -> visits.quickCount(mainDesk, Channel.DESK, question));
        save("DE", "pas rapide");
        var view = navigate(HistoryView.class);
        test(view.counsellor).setValue(counsellor);

        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(2);
        var markers = IntStream.range(0, 2)
                .mapToObj(row -> grid.getCellComponent(row, 10).getElement().getAttribute("aria-label"))
                .toList();
        assertThat(markers).containsExactlyInAnyOrder("Comptage rapide", null);
    }

    @Test
    void filtering_by_country_narrows_the_rows_and_the_count() {
        save("DE", "allemands");
        save("JP", "japonais");
        var view = navigate(HistoryView.class);
        test(view.counsellor).setValue(counsellor);
        assertThat(test(view.grid).size()).isEqualTo(2);
        assertThat(view.count.getText()).isEqualTo("2 contacts");

        test(view.country).setFilter("japo");
        assertThat(test(view.country).getSuggestions()).containsExactly("Japon");
        test(view.country).selectItem("Japon");

        assertThat(test(view.grid).size()).isOne();
        assertThat(test(view.grid).getRow(0).note()).isEqualTo("japonais");
        assertThat(view.count.getText()).isEqualTo("1 contact");
        assertThat(view.queryParameters().getSingleParameter("country")).contains("JP");
    }

    @Test
    void the_filters_are_read_back_from_the_address() {
        save("DE", "allemands");
        save("JP", "japonais");
        var from = today.minusDays(3);
        UI.getCurrent()
                .navigate(
                        "history",
                        QueryParameters.simple(Map.of(
                                "from",
                                from.toString(),
                                "to",
                                today.toString(),
                                "counsellor",
                                counsellor,
                                "country",
                                "JP",
                                "channel",
                                "PHONE")));
        var view = (HistoryView) getCurrentView();

        assertThat(view.from.getValue()).isEqualTo(from);
        assertThat(view.to.getValue()).isEqualTo(today);
        assertThat(view.counsellor.getValue()).isEqualTo(counsellor);
        assertThat(view.country.getValue().code()).isEqualTo("JP");
        assertThat(view.channel.getValue()).isEqualTo(Channel.PHONE);
        assertThat(test(view.grid).size()).isOne();
        assertThat(test(view.grid).getRow(0).note()).isEqualTo("japonais");
        assertThat(view.queryParameters().getParameters())
                .containsEntry("from", List.of(from.toString()))
                .containsEntry("country", List.of("JP"))
                .containsEntry("counsellor", List.of(counsellor));

        view.channel.clear();
        assertThat(view.queryParameters().getParameters()).doesNotContainKey("channel");
    }

    @Test
    void the_current_month_is_shown_by_default_and_bad_parameters_are_ignored() {
        UI.getCurrent()
                .navigate("history", QueryParameters.simple(Map.of("from", "yesterday", "country", "ZZ", "desk", "x")));
        var view = (HistoryView) getCurrentView();

        assertThat(view.from.getValue()).isEqualTo(today.withDayOfMonth(1));
        assertThat(view.to.getValue()).isEqualTo(today.withDayOfMonth(today.lengthOfMonth()));
        assertThat(view.country.getValue()).isNull();
        assertThat(view.desk.getValue()).isNull();
    }

    @Test
    void a_period_that_ends_before_it_starts_is_refused_on_the_field() {
        var view = navigate(HistoryView.class);
        test(view.counsellor).setValue(counsellor);
        var shown = view.filter();

        test(view.from).setValue(view.to.getValue().plusDays(1));

        assertThat(view.to.isInvalid()).isTrue();
        assertThat(view.to.getErrorMessage()).isEqualTo("La date de fin est avant la date de début.");
        assertThat(view.export.isEnabled()).isFalse();
        assertThat(view.filter()).isEqualTo(shown);

        test(view.from).setValue(view.to.getValue());
        assertThat(view.to.isInvalid()).isFalse();
        assertThat(view.export.isEnabled()).isTrue();
    }

    @Test
    void a_row_opens_its_details_with_the_audit_trail() {
        var saved = save("DE", "deux adultes, un enfant");
        visits.save(Interactions.draft()
                .id(saved.id())
                .version(saved.version())
                .occurredAt(saved.occurredAt())
                .deskId(saved.deskId())
                .channel(Channel.PHONE)
                .adults(3)
                .children(1)
                .partyType(PartyType.FAMILY)
                .visitorType(VisitorType.TOURIST)
                .country("DE")
                .stayLength(StayLength.TWO_THREE_NIGHTS)
                .note(saved.note())
                .build());
        var view = navigate(HistoryView.class);
        test(view.counsellor).setValue(counsellor);

        test(view.grid).select(0);

        var dialog = $(HistoryDetailsDialog.class).single();
        var fields = dialog.fields.getElement().getTextRecursively();
        assertThat(fields).contains("Allemagne (DE)", "Famille", "Téléphone", "deux adultes, un enfant");
        var audit = dialog.audit.getElement().getTextRecursively();
        assertThat(audit)
                .contains(
                        "Création",
                        counsellor,
                        "Modification",
                        "director",
                        "Adultes : 2 → 3",
                        "Pays : Allemagne",
                        "Durée du séjour : 2 à 3 nuits");
        assertThat(dialog.edit.getText()).isEqualTo("Modifier");
        assertThat(HistoryDetailsDialog.editRoute(saved.id())).isEqualTo("interactions/" + saved.id() + "/edit");
    }

    @Test
    void a_director_edits_an_interaction_from_the_history_and_the_audit_shows_the_change() {
        var saved = save("NL", "famille à vélo");
        var view = navigate(HistoryView.class);
        test(view.counsellor).setValue(counsellor);
        test(view.grid).select(0);
        test($(HistoryDetailsDialog.class).single().edit).click();

        var edit = (InteractionEditView) getCurrentView();
        assertThat(edit.form.country.getValue().code()).isEqualTo("NL");
        test(edit.form.adults).setValue(4);
        test(edit.save).click();

        assertThat(getCurrentView()).isInstanceOf(HistoryView.class);
        assertThat(visits.find(saved.id()).orElseThrow().adults()).isEqualTo(4);
        assertThat(visits.audit(saved.id())).last().satisfies(entry -> {
            assertThat(entry.by()).isEqualTo("director");
            assertThat(entry.changes()).contains("adults: 2 → 4");
        });
    }

    @Test
    void the_export_link_downloads_the_selection_as_csv() {
        save("DE", "export; \"guillemets\"");
        var view = navigate(HistoryView.class);
        test(view.counsellor).setValue(counsellor);
        assertThat(view.export.getText()).isEqualTo("Exporter en CSV");

        var out = new ByteArrayOutputStream();
        test(view.export).download(out);
        // what the download told the screen, as its next poll brings it
        var session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);

        assertThat(notifications()).contains("Export CSV prêt : 1 contact(s).");
        assertThat(view.exporting.isVisible())
                .as("the bar is gone once written")
                .isFalse();
        var csv = new String(out.toByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFDate;Heure;Accueil;Conseiller;");
        assertThat(csv.lines().filter(line -> line.contains(counsellor)))
                .singleElement()
                .asString()
                .contains(";Allemagne;DE;")
                .endsWith("\"export; \"\"guillemets\"\"\"");
    }

    @Test
    void the_page_speaks_english_when_asked() {
        save("DE", "english");
        useLocale(Locale.ENGLISH);
        var view = navigate(HistoryView.class);
        test(view.counsellor).setValue(counsellor);

        var grid = test(view.grid);
        assertThat(grid.getHeaderCell(1)).isEqualTo("Desk");
        assertThat(grid.getHeaderCell(7)).isEqualTo("Length of stay");
        assertThat(grid.getCellText(0, 1)).isEqualTo("Main desk");
        assertThat(grid.getCellText(0, 3)).isEqualTo("Phone");
        assertThat(grid.getCellText(0, 5)).isEqualTo("Germany");
        assertThat(grid.getCellText(0, 8)).isEqualTo("Tourist");
        assertThat(view.count.getText()).isEqualTo("1 interaction");
        assertThat(view.getTranslation("history.count", 1234)).isEqualTo("1,234 interactions");
        assertThat(view.from.getLabel()).isEqualTo("From");
        assertThat(view.export.getText()).isEqualTo("Export CSV");
        assertThat(view.getPageTitle()).isEqualTo("History");
    }

    private InteractionDetails save(String country, String note) {
        var draft = Interactions.draft()
                .deskId(mainDesk)
                .channel(Channel.PHONE)
                .adults(2)
                .children(1)
                .partyType(PartyType.FAMILY)
                .visitorType(VisitorType.TOURIST)
                .country(country)
                .stayLength(StayLength.TWO_THREE_NIGHTS)
                .note(note)
                .build();
        return as(counsellor, AppRoles.COUNSELLOR, () -> visits.save(draft));
    }

    private static <T> T as(String user, String role, Supplier<T> action) {
        return TestUsers.as(user, role, action);
    }
}
