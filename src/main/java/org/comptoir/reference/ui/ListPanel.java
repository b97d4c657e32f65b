package org.comptoir.reference.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.comptoir.base.RuleViolation;
import org.comptoir.reference.ListItem;
import org.comptoir.reference.ListKind;
import org.comptoir.reference.ReferenceListService;
import org.jspecify.annotations.Nullable;

/**
 * One kept list: its entries, retired ones included and dimmed, with edit and retire/reactivate on
 * each row; desks also get their quick-count buttons. These lists hold a few dozen entries at
 * most, so the grid takes them whole rather than page by page.
 */
class ListPanel extends VerticalLayout {

    final Button create = new Button();
    final Grid<ListItem> grid = new Grid<>();

    private final ListKind kind;
    private final ReferenceListService lists;
    private List<ListItem> items = List.of();
    private Map<Long, String> quickButtons = Map.of();

    ListPanel(ListKind kind, ReferenceListService lists) {
        this.kind = kind;
        this.lists = lists;
        addClassName("list-panel");
        setSizeFull();
        setPadding(false);

        var hint = new Paragraph(getTranslation("lists.hint." + kind));
        hint.addClassName("lists-help");
        create.setText(getTranslation("lists.new." + kind));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> edit(null));
        var toolbar = new HorizontalLayout(hint, create);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        toolbar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);

        configureGrid();
        add(toolbar, grid);
        refresh();
    }

    private void configureGrid() {
        grid.addClassName("lists-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        // widths fit a 1280-pixel screen with the menu open, actions included, without scrolling sideways
        grid.addColumn(ListItem::code)
                .setHeader(getTranslation("lists.code"))
                .setWidth(kind == ListKind.DESK ? "8em" : "12em")
                .setFlexGrow(0)
                .setPartNameGenerator(item -> "code-cell")
                .setTooltipGenerator(ListItem::code);
        grid.addColumn(ListItem::nameFr)
                .setHeader(getTranslation("lists.name-fr"))
                .setWidth("9em")
                .setFlexGrow(1);
        grid.addColumn(ListItem::nameEn)
                .setHeader(getTranslation("lists.name-en"))
                .setWidth("9em")
                .setFlexGrow(1);
        if (kind == ListKind.DESK) {
            grid.addColumn(this::quickQuestions)
                    .setHeader(getTranslation("lists.quick"))
                    .setWidth("11em")
                    .setFlexGrow(2)
                    .setPartNameGenerator(item -> "quick-cell")
                    .setTooltipGenerator(this::quickQuestions);
        }
        grid.addColumn(ListItem::sortOrder)
                .setHeader(getTranslation("lists.order"))
                .setWidth("5em")
                .setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addComponentColumn(this::status)
                .setHeader(getTranslation("lists.status"))
                .setWidth("7em")
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions)
                .setWidth(kind == ListKind.DESK ? "9em" : "6.5em")
                .setFlexGrow(0);
        grid.setPartNameGenerator(item -> item.active() ? null : "retired");
        grid.addItemDoubleClickListener(e -> edit(e.getItem()));
    }

    /** Reads the list again: it may have changed in another tab or by another admin. */
    void refresh() {
        items = lists.items(kind, true);
        if (kind == ListKind.DESK) {
            quickButtons = items.stream()
                    .collect(Collectors.toMap(
                            ListItem::id,
                            desk -> lists.quickQuestions(desk.id()).stream()
                                    .map(q -> q.name(getLocale()))
                                    .collect(Collectors.joining(" · "))));
        }
        grid.setItems(items);
    }

    private String quickQuestions(ListItem desk) {
        var names = quickButtons.getOrDefault(desk.id(), "");
        return names.isEmpty() ? getTranslation("lists.quick.none") : names;
    }

    private Component status(ListItem item) {
        var badge = new Span(getTranslation(item.active() ? "lists.active" : "lists.retired"));
        badge.addClassName(item.active() ? "badge-ok" : "badge-off");
        return badge;
    }

    private Component actions(ListItem item) {
        var actions = new Div(ListsView.iconButton(VaadinIcon.EDIT, getTranslation("action.edit"), () -> edit(item)));
        if (kind == ListKind.DESK) {
            actions.add(ListsView.iconButton(
                    VaadinIcon.BOLT,
                    getTranslation("lists.quick.edit"),
                    () -> new QuickQuestionsDialog(item, lists, () -> quickSaved(item)).open()));
        }
        actions.add(
                item.active()
                        ? ListsView.iconButton(
                                VaadinIcon.ARCHIVE, getTranslation("lists.retire"), () -> setActive(item, false))
                        : ListsView.iconButton(
                                VaadinIcon.CHECK_CIRCLE,
                                getTranslation("lists.reactivate"),
                                () -> setActive(item, true)));
        actions.addClassName("row-actions");
        return actions;
    }

    private void edit(@Nullable ListItem item) {
        int nextOrder = items.stream().mapToInt(ListItem::sortOrder).max().orElse(0) + 10;
        new ListItemDialog(kind, item, Math.min(nextOrder, ReferenceListService.MAX_ORDER), lists, saved -> {
                    refresh();
                    notify(getTranslation("lists.saved", saved.name(getLocale())));
                })
                .open();
    }

    private void setActive(ListItem item, boolean active) {
        try {
            var changed = lists.setActive(kind, item.id(), active);
            refresh();
            notify(getTranslation(active ? "lists.now-active" : "lists.now-retired", changed.name(getLocale())));
        } catch (RuleViolation violation) {
            Notification.show(
                            getTranslation(violation.messageKey(), violation.arguments()),
                            6000,
                            Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void quickSaved(ListItem desk) {
        refresh();
        notify(getTranslation("lists.quick.saved", desk.name(getLocale())));
    }

    private static void notify(String message) {
        Notification.show(message, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
