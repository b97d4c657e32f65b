package org.comptoir.reference.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.comptoir.ViewTest;
import org.comptoir.reference.ListItem;
import org.comptoir.reference.ListItemDraft;
import org.comptoir.reference.ListKind;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.security.AppRoles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Admin › Lists, used as an admin would, in French and in English.
 */
@WithMockUser(username = "admin", roles = AppRoles.ADMIN)
class ListsViewTest extends ViewTest {

    private static final AtomicInteger CODES = new AtomicInteger();

    @Autowired
    ReferenceListService lists;

    /** What a test added: retired afterwards, so that other tests' forms do not offer it. */
    private final List<Added> added = new ArrayList<>();

    private record Added(ListKind kind, String code) {}

    @AfterEach
    void retireWhatWasAdded() {
        for (var entry : added) {
            lists.items(entry.kind(), false).stream()
                    .filter(item -> item.code().equals(entry.code()))
                    .findFirst()
                    .ifPresent(item -> lists.setActive(entry.kind(), item.id(), false));
        }
    }

    @Test
    void an_admin_adds_an_interest_through_the_dialog() {
        var code = code("PARAGLIDING");
        added.add(new Added(ListKind.INTEREST, code));
        var view = open(ListKind.INTEREST);
        var panel = view.panel(ListKind.INTEREST);
        assertThat(panel.create.getText()).isEqualTo("Nouveau centre d’intérêt");

        test(panel.create).click();
        var dialog = $(ListItemDialog.class).single();
        assertThat(dialog.form.sortOrder.getValue())
                .as("placed after the last entry")
                .isGreaterThan(120);
        test(dialog.form.code).setValue(code.toLowerCase(Locale.ROOT));
        test(dialog.form.nameFr).setValue("Parapente");
        test(dialog.form.nameEn).setValue("Paragliding");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(notifications()).contains("« Parapente » est enregistré.");
        var row = row(panel, code);
        assertThat(test(panel.grid).getCellText(row, 1)).isEqualTo("Parapente");
        assertThat(test(panel.grid).getCellText(row, 2)).isEqualTo("Paragliding");
        assertThat(badge(panel, row)).isEqualTo("Actif");
        assertThat(lists.items(ListKind.INTEREST, false))
                .extracting(ListItem::code)
                .contains(code);
    }

    @Test
    void a_mistake_is_shown_on_its_field_and_nothing_typed_is_lost() {
        var view = open(ListKind.INTEREST);
        test(view.panel(ListKind.INTEREST).create).click();
        var dialog = $(ListItemDialog.class).single();

        test(dialog.form.code).setValue("hiking");
        test(dialog.form.nameFr).setValue("Randonnée pédestre");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.form.nameEn.isInvalid()).isTrue();
        assertThat(dialog.form.nameEn.getErrorMessage()).isEqualTo("Indiquez le nom anglais.");

        test(dialog.form.nameEn).setValue("Walking");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.form.code.isInvalid()).isTrue();
        assertThat(dialog.form.code.getErrorMessage()).isEqualTo("Le code HIKING est déjà pris dans cette liste.");
        assertThat(dialog.form.code.getValue()).isEqualTo("hiking");
        assertThat(dialog.form.nameFr.getValue()).isEqualTo("Randonnée pédestre");
        assertThat(dialog.form.nameEn.getValue()).isEqualTo("Walking");

        test(dialog.form.code).setValue("rando vélo");
        test(dialog.save).click();
        assertThat(dialog.form.code.getErrorMessage()).contains("lettres sans accent, chiffres ou _");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void an_admin_renames_an_entry_whose_code_stays() {
        var item = addInterest("Parapente", "Paragliding");
        var view = open(ListKind.INTEREST);
        var panel = view.panel(ListKind.INTEREST);

        clickRowButton(panel, row(panel, item.code()), "Modifier");
        var dialog = $(ListItemDialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Modifier « Parapente »");
        assertThat(dialog.form.code.isReadOnly()).isTrue();
        test(dialog.form.nameFr).setValue("Parapente biplace");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(test(panel.grid).getCellText(row(panel, item.code()), 1)).isEqualTo("Parapente biplace");
    }

    @Test
    void an_admin_retires_an_entry_and_brings_it_back_from_the_grid() {
        var item = addInterest("Spéléologie", "Caving");
        var view = open(ListKind.INTEREST);
        var panel = view.panel(ListKind.INTEREST);

        clickRowButton(panel, row(panel, item.code()), "Retirer");
        assertThat(notifications()).contains("« Spéléologie » n’est plus proposé ; l’historique le garde.");
        assertThat(badge(panel, row(panel, item.code()))).isEqualTo("Retiré");
        assertThat(lists.items(ListKind.INTEREST, false))
                .extracting(ListItem::id)
                .doesNotContain(item.id());

        clickRowButton(panel, row(panel, item.code()), "Remettre en service");
        assertThat(badge(panel, row(panel, item.code()))).isEqualTo("Actif");
        assertThat(lists.items(ListKind.INTEREST, false))
                .extracting(ListItem::id)
                .contains(item.id());
    }

    @Test
    void the_open_tab_is_in_the_url_so_a_reload_shows_the_same_list() {
        var view = shown(navigate(ListsView.class));
        assertThat(test(view.tabs).isSelected("Accueils")).isTrue();
        assertThat(codes(view.panel(ListKind.DESK))).contains("MAIN");

        test(view.tabs).select("Sujets de question");
        assertThat(location()).isEqualTo("admin/lists?list=question");
        assertThat(codes(view.panel(ListKind.QUESTION))).contains("DIRECTIONS_MAPS", "WEATHER");

        navigate("account", Component.class);
        var reloaded = open(ListKind.INTEREST);
        assertThat(reloaded).isNotSameAs(view);
        assertThat(test(reloaded.tabs).isSelected("Centres d’intérêt")).isTrue();
        assertThat(codes(reloaded.panel(ListKind.INTEREST))).contains("HIKING");
    }

    @Test
    void an_admin_chooses_and_orders_a_desks_quick_count_buttons() {
        var desk = lists.save(
                ListKind.DESK, new ListItemDraft(null, 0, code("KIOSK"), "Kiosque de Jaude", "Jaude kiosk", 500));
        added.add(new Added(ListKind.DESK, desk.code()));
        var view = open(ListKind.DESK);
        var panel = view.panel(ListKind.DESK);
        assertThat(test(panel.grid).getCellText(row(panel, desk.code()), 3)).isEqualTo("Aucun");

        clickRowButton(panel, row(panel, desk.code()), "Boutons de comptage rapide");
        var dialog = $(QuickQuestionsDialog.class).single();
        assertThat(dialog.chosen()).isEmpty();
        test(dialog.add).selectItem("Météo");
        test(dialog.add).selectItem("Billetterie");
        test(dialog.add).selectItem("Transports");
        assertThat(test(dialog.add).getSuggestions()).doesNotContain("Météo").contains("Brochures");
        clickButton(dialog, "Monter « Transports »");
        clickButton(dialog, "Enlever « Billetterie »");
        assertThat(dialog.chosen()).extracting(ListItem::code).containsExactly("WEATHER", "TRANSPORT");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(notifications()).contains("Boutons de comptage rapide de « Kiosque de Jaude » enregistrés.");
        assertThat(lists.quickQuestions(desk.id())).extracting(ListItem::code).containsExactly("WEATHER", "TRANSPORT");
        assertThat(test(panel.grid).getCellText(row(panel, desk.code()), 3)).isEqualTo("Météo · Transports");
    }

    @Test
    void the_page_speaks_english_when_asked() {
        useLocale(Locale.ENGLISH);
        var view = shown(navigate(ListsView.class));
        assertThat(view.getPageTitle()).isEqualTo("Lists");
        assertThat(test(view.tabs).getTab(0).getLabel()).isEqualTo("Desks");
        assertThat(test(view.tabs).getTab(1).getLabel()).isEqualTo("Interests");
        assertThat(test(view.tabs).getTab(2).getLabel()).isEqualTo("Question topics");
        var desks = view.panel(ListKind.DESK);
        assertThat(desks.create.getText()).isEqualTo("New desk");
        var main = row(desks, "MAIN");
        assertThat(test(desks.grid).getCellText(main, 2)).isEqualTo("Main desk");
        assertThat(badge(desks, main)).isEqualTo("Active");

        test(desks.create).click();
        var dialog = $(ListItemDialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("New desk");
        test(dialog.save).click();
        assertThat(dialog.form.code.getErrorMessage()).isEqualTo("Enter a code.");
        assertThat(dialog.form.nameFr.getErrorMessage()).isEqualTo("Enter the French name.");
    }

    /** Opens the page as a link or a reload would: {@code admin/lists?list=interest}. */
    private ListsView open(ListKind kind) {
        UI.getCurrent()
                .navigate(
                        ListsView.class,
                        QueryParameters.of(ListsView.LIST_PARAMETER, kind.name().toLowerCase(Locale.ROOT)));
        return shown((ListsView) getCurrentView());
    }

    /** The tab sheet attaches its tabs' contents just before answering the browser. */
    private static ListsView shown(ListsView view) {
        roundTrip();
        return view;
    }

    private ListItem addInterest(String nameFr, String nameEn) {
        var item = lists.save(ListKind.INTEREST, new ListItemDraft(null, 0, code("CAVING"), nameFr, nameEn, 900));
        added.add(new Added(ListKind.INTEREST, item.code()));
        return item;
    }

    /** A code no other test of this run, nor an earlier run on a kept database, has used. */
    private String code(String prefix) {
        var code = prefix + "_" + System.currentTimeMillis() % 1_000_000 + "_" + CODES.incrementAndGet();
        return code;
    }

    private List<String> codes(ListPanel panel) {
        var grid = test(panel.grid);
        return IntStream.range(0, grid.size())
                .mapToObj(grid::getRow)
                .map(ListItem::code)
                .toList();
    }

    private int row(ListPanel panel, String code) {
        var index = codes(panel).indexOf(code);
        assertThat(index).as("row of %s", code).isNotNegative();
        return index;
    }

    private String badge(ListPanel panel, int row) {
        var grid = test(panel.grid);
        return ((Span) grid.getCellComponent(row, panel.grid.getColumns().size() - 2)).getText();
    }

    private void clickRowButton(ListPanel panel, int row, String label) {
        var actions =
                test(panel.grid).getCellComponent(row, panel.grid.getColumns().size() - 1);
        var button = actions.getChildren()
                .map(Button.class::cast)
                .filter(b -> b.getAriaLabel().orElse("").equals(label))
                .findFirst()
                .orElseThrow();
        test(button).click();
    }

    private void clickButton(QuickQuestionsDialog dialog, String label) {
        var button = $(Button.class, dialog.buttons).all().stream()
                .filter(b -> b.getAriaLabel().orElse("").equals(label))
                .findFirst()
                .orElseThrow();
        test(button).click();
    }

    private static String location() {
        var location = UI.getCurrent().getInternals().getActiveViewLocation();
        return location.getPath() + "?" + location.getQueryParameters().getQueryString();
    }
}
