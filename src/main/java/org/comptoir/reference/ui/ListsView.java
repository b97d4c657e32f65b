package org.comptoir.reference.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.comptoir.base.ui.TabLists;
import org.comptoir.reference.ListKind;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.security.AppRoles;

/**
 * Admin › Lists: the office's desks, interests and question topics, and each desk's quick-count
 * buttons, kept without a code change. The open tab is in the URL ({@code admin/lists?list=interest}).
 */
@Route("admin/lists")
@RolesAllowed(AppRoles.ADMIN)
@Menu(title = "nav.lists", order = 45, icon = "vaadin:list")
class ListsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String LIST_PARAMETER = "list";

    final TabSheet tabs = new TabSheet();

    private final Map<ListKind, ListPanel> panels = new EnumMap<>(ListKind.class);
    private final Map<ListKind, Tab> tabOf = new EnumMap<>(ListKind.class);
    private ListKind shown = ListKind.DESK;

    ListsView(ReferenceListService lists) {
        addClassName("lists-view");
        setSizeFull();

        var intro = new Paragraph(getTranslation("lists.intro"));
        intro.addClassName("lists-intro");

        for (var kind : ListKind.values()) {
            var panel = new ListPanel(kind, lists);
            panels.put(kind, panel);
            tabOf.put(kind, tabs.add(getTranslation("lists.tab." + kind), panel));
        }
        tabs.setSizeFull();
        tabs.addClassName("lists-tabs");
        TabLists.onlyTabs(tabs);
        tabs.addSelectedChangeListener(e -> {
            var kind = kindOf(e.getSelectedTab());
            panels.get(kind).refresh();
            showInUrl(kind);
        });
        add(intro, tabs);
    }

    /** The panel of one list (its grid and its "New" button). */
    ListPanel panel(ListKind kind) {
        return panels.get(kind);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var asked = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(LIST_PARAMETER)
                .orElse("");
        shown = Arrays.stream(ListKind.values())
                .filter(kind -> parameter(kind).equals(asked))
                .findFirst()
                .orElse(ListKind.DESK);
        tabs.setSelectedTab(tabOf.get(shown));
    }

    /** Puts the chosen tab in the URL, so that a reload or a shared link opens the same list. */
    private void showInUrl(ListKind kind) {
        if (kind != shown) {
            shown = kind;
            getUI().ifPresent(ui -> ui.navigate(ListsView.class, QueryParameters.of(LIST_PARAMETER, parameter(kind))));
        }
    }

    private ListKind kindOf(Tab tab) {
        return tabOf.entrySet().stream()
                .filter(entry -> entry.getValue().equals(tab))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(ListKind.DESK);
    }

    static String parameter(ListKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /** A compact row action: an icon, its name as tooltip and as what screen readers say. */
    static Button iconButton(VaadinIcon icon, String label, Runnable action) {
        var button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.lists");
    }
}
