package org.comptoir.attraction.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.comptoir.attraction.datatourisme.ImportService;
import org.comptoir.attraction.datatourisme.MappingRule;
import org.comptoir.base.RuleViolation;
import org.comptoir.reference.ListItem;
import org.comptoir.reference.ListKind;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.security.AppRoles;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Admin › Import › Mapping: which DATAtourisme types and themes give which category and interest.
 * A few dozen lines, so the grid takes them whole.
 */
@Route("admin/import/mapping")
@RolesAllowed(AppRoles.ADMIN)
class ImportMappingView extends VerticalLayout implements HasDynamicTitle {

    final Button create = new Button();
    final Button back = new Button();
    final Grid<MappingRule> grid = new Grid<>();

    private final ImportService imports;
    private final List<ListItem> interests;
    private final Map<String, ListItem> interestByCode;

    ImportMappingView(ImportService imports, ReferenceListService lists) {
        this.imports = imports;
        this.interests = lists.items(ListKind.INTEREST, false);
        this.interestByCode =
                lists.items(ListKind.INTEREST, true).stream().collect(Collectors.toMap(ListItem::code, item -> item));
        addClassName("import-mapping-view");
        setSizeFull();

        var hint = new Paragraph(getTranslation("import.mapping.hint"));
        hint.addClassName("import-intro");
        back.setText(getTranslation("import.mapping.back"));
        back.setIcon(VaadinIcon.ARROW_LEFT.create());
        back.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ImportView.class)));
        create.setText(getTranslation("import.mapping.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> edit(null));
        var buttons = new HorizontalLayout(back, create);
        var toolbar = new HorizontalLayout(hint, buttons);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        toolbar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);

        configureGrid();
        add(toolbar, grid);
        refresh();
    }

    private void configureGrid() {
        grid.addClassName("import-mapping-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addColumn(MappingRule::sourceTerm)
                .setHeader(getTranslation("import.mapping.term"))
                .setWidth("14em")
                .setFlexGrow(2)
                .setTooltipGenerator(MappingRule::sourceTerm);
        grid.addColumn(rule -> rule.category() == null ? "" : getTranslation("AttractionCategory." + rule.category()))
                .setHeader(getTranslation("import.mapping.category"))
                .setWidth("11em")
                .setFlexGrow(1);
        grid.addColumn(this::interestName)
                .setHeader(getTranslation("import.mapping.interest"))
                .setWidth("11em")
                .setFlexGrow(1);
        grid.addColumn(MappingRule::priority)
                .setHeader(getTranslation("import.mapping.priority"))
                .setWidth("6em")
                .setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addComponentColumn(this::actions).setWidth("6.5em").setFlexGrow(0);
        grid.addItemDoubleClickListener(e -> edit(e.getItem()));
    }

    private String interestName(MappingRule rule) {
        if (rule.interestCode() == null) {
            return "";
        }
        var item = interestByCode.get(rule.interestCode());
        return item == null ? rule.interestCode() : item.name(getLocale());
    }

    private Component actions(MappingRule rule) {
        var actions = new Div(
                iconButton(VaadinIcon.EDIT, getTranslation("action.edit"), () -> edit(rule)),
                iconButton(VaadinIcon.TRASH, getTranslation("action.delete"), () -> confirmDelete(rule)));
        actions.addClassName("row-actions");
        return actions;
    }

    void refresh() {
        grid.setItems(imports.mappings());
    }

    private void edit(@Nullable MappingRule rule) {
        new MappingDialog(rule, interests, imports, saved -> {
                    refresh();
                    notify(getTranslation("import.mapping.saved", saved.sourceTerm()));
                })
                .open();
    }

    /** Imports to come will read their files without this line: the admin confirms. */
    private void confirmDelete(MappingRule rule) {
        var dialog = new ConfirmDialog();
        dialog.addClassName("mapping-delete");
        dialog.setHeader(getTranslation("import.mapping.delete.title", rule.sourceTerm()));
        dialog.setText(getTranslation("import.mapping.delete.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("action.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> delete(rule));
        dialog.open();
    }

    private void delete(MappingRule rule) {
        try {
            imports.deleteMapping(rule.id(), rule.version());
            refresh();
            notify(getTranslation("import.mapping.deleted", rule.sourceTerm()));
        } catch (RuleViolation violation) {
            error(getTranslation(violation.messageKey(), violation.arguments()));
        } catch (OptimisticLockingFailureException conflict) {
            refresh();
            error(getTranslation("import.mapping.conflict"));
        }
    }

    /** A compact row action: an icon, its name as tooltip and as what screen readers say. */
    static Button iconButton(VaadinIcon icon, String label, Runnable action) {
        var button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }

    private static void notify(String message) {
        Notification.show(message, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private static void error(String message) {
        Notification.show(message, 6000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.mapping.title");
    }
}
