package org.comptoir.reference.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.comptoir.base.RuleViolation;
import org.comptoir.reference.ListItem;
import org.comptoir.reference.ListKind;
import org.comptoir.reference.OfficeService;
import org.comptoir.reference.OfficeSummary;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.security.AppRoles;
import org.comptoir.security.UserService;
import org.comptoir.security.UserSummary;
import org.jspecify.annotations.Nullable;

/**
 * Admin › Offices (issue 16, decision 0030): the offices of the network, created and renamed here; which office
 * each desk belongs to; which offices each user works for.
 */
@Route("admin/offices")
@RolesAllowed(AppRoles.ADMIN)
@Menu(title = "office.nav", order = 46, icon = "vaadin:building")
class OfficesView extends VerticalLayout implements HasDynamicTitle {

    final Grid<OfficeSummary> offices = new Grid<>();
    final TextField name = new TextField();
    final Button save = new Button();
    final Grid<ListItem> desks = new Grid<>();
    final Grid<UserSummary> users = new Grid<>();
    /** What the selected office's desks do not offer (issue 16): shown while an office is selected. */
    final H2 listsTitle = new H2();

    final MultiSelectComboBox<ListItem> hiddenInterests = new MultiSelectComboBox<>();
    final MultiSelectComboBox<ListItem> hiddenQuestions = new MultiSelectComboBox<>();

    private final OfficeService officeService;
    private final ReferenceListService lists;
    private final UserService userService;
    private @Nullable OfficeSummary editing;
    final VerticalLayout hiddenLists;
    /** True while the fields show what is stored: their changes are not the admin's. */
    private boolean showing;

    OfficesView(OfficeService officeService, ReferenceListService lists, UserService userService) {
        this.officeService = officeService;
        this.lists = lists;
        this.userService = userService;
        addClassName("offices-view");

        offices.addColumn(OfficeSummary::name).setHeader(getTranslation("office.name"));
        offices.setAllRowsVisible(true);
        offices.addSelectionListener(e -> edit(e.getFirstSelectedItem().orElse(null)));
        name.setLabel(getTranslation("office.name"));
        name.setMaxLength(OfficeService.MAX_NAME);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        var newOffice = new Button(getTranslation("office.new"), e -> offices.deselectAll());
        var form = new HorizontalLayout(name, save, newOffice);
        form.setAlignItems(Alignment.BASELINE);

        desks.addColumn(item -> item.name(getLocale())).setHeader(getTranslation("office.desk"));
        desks.addComponentColumn(this::deskOffice).setHeader(getTranslation("office.office"));
        desks.setAllRowsVisible(true);

        users.addColumn(UserSummary::displayName).setHeader(getTranslation("office.user"));
        users.addComponentColumn(this::userOffices).setHeader(getTranslation("office.offices"));
        users.setItems(query -> userService.page("", VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());

        hiddenInterests.setLabel(getTranslation("office.hidden.interests"));
        hiddenQuestions.setLabel(getTranslation("office.hidden.questions"));
        var listsHint = new Paragraph(getTranslation("office.hidden.hint"));
        var hidden = new HorizontalLayout(hiddenInterests, hiddenQuestions);
        hidden.setWrap(true);
        var listsPart = new VerticalLayout(listsTitle, listsHint, hidden);
        listsPart.setPadding(false);
        hiddenLists = listsPart;
        for (var field : List.of(hiddenInterests, hiddenQuestions)) {
            field.setItemLabelGenerator(item -> item.name(getLocale()));
            field.setWidth("24rem");
        }
        hiddenInterests.addValueChangeListener(e -> {
            if (!showing && editing != null) {
                var office = editing.id();
                act(() -> officeService.setHidden(office, ListKind.INTEREST, ids(e.getValue())));
            }
        });
        hiddenQuestions.addValueChangeListener(e -> {
            if (!showing && editing != null) {
                var office = editing.id();
                act(() -> officeService.setHidden(office, ListKind.QUESTION, ids(e.getValue())));
            }
        });

        add(
                new Paragraph(getTranslation("office.intro")),
                offices,
                form,
                listsPart,
                new H2(getTranslation("office.desks")),
                desks,
                new H2(getTranslation("office.users")),
                users);
        edit(null);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("office.nav");
    }

    private void edit(@Nullable OfficeSummary office) {
        editing = office;
        name.setValue(office == null ? "" : office.name());
        name.setInvalid(false);
        save.setText(getTranslation(office == null ? "office.add" : "office.rename"));
        hiddenLists.setVisible(office != null);
        if (office != null) {
            listsTitle.setText(getTranslation("office.hidden.title", office.name()));
            showHidden(hiddenInterests, ListKind.INTEREST, office.id());
            showHidden(hiddenQuestions, ListKind.QUESTION, office.id());
        }
    }

    private void showHidden(MultiSelectComboBox<ListItem> field, ListKind kind, long officeId) {
        var items = lists.items(kind, false);
        var hidden = officeService.hidden(officeId, kind);
        showing = true;
        try {
            field.setItems(items);
            field.setValue(items.stream().filter(i -> hidden.contains(i.id())).collect(Collectors.toSet()));
        } finally {
            showing = false;
        }
    }

    private static Set<Long> ids(Set<ListItem> items) {
        return items.stream().map(ListItem::id).collect(Collectors.toSet());
    }

    private void save() {
        try {
            var saved = officeService.save(
                    editing == null ? null : editing.id(), editing == null ? 0 : editing.version(), name.getValue());
            refresh();
            offices.deselectAll();
            edit(null);
            Notification.show(getTranslation("office.saved", saved.name()), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RuleViolation violation) {
            name.setErrorMessage(getTranslation(violation.messageKey(), violation.arguments()));
            name.setInvalid(true);
        }
    }

    private void refresh() {
        offices.setItems(officeService.offices());
        desks.setItems(lists.items(ListKind.DESK, true));
        users.getDataProvider().refreshAll();
    }

    private Map<Long, OfficeSummary> byId() {
        return officeService.offices().stream().collect(Collectors.toMap(OfficeSummary::id, Function.identity()));
    }

    private ComboBox<OfficeSummary> deskOffice(ListItem desk) {
        var choice = new ComboBox<OfficeSummary>();
        var all = byId();
        choice.setItems(List.copyOf(all.values()));
        choice.setItemLabelGenerator(OfficeSummary::name);
        officeService.officeOfDesk(desk.id()).map(all::get).ifPresent(choice::setValue);
        choice.setAriaLabel(getTranslation("office.office") + " " + desk.name(getLocale()));
        choice.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                act(() -> officeService.assignDesk(desk.id(), e.getValue().id()));
            }
        });
        return choice;
    }

    private MultiSelectComboBox<OfficeSummary> userOffices(UserSummary user) {
        var choice = new MultiSelectComboBox<OfficeSummary>();
        var all = byId();
        choice.setItems(List.copyOf(all.values()));
        choice.setItemLabelGenerator(OfficeSummary::name);
        choice.setValue(
                user.officeIds().stream().map(all::get).filter(Objects::nonNull).collect(Collectors.toSet()));
        choice.setAriaLabel(getTranslation("office.offices") + " " + user.displayName());
        choice.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                act(() -> userService.setOffices(
                        user.id(), e.getValue().stream().map(OfficeSummary::id).collect(Collectors.toSet())));
            }
        });
        return choice;
    }

    private void act(Runnable change) {
        try {
            change.run();
            Notification.show(getTranslation("office.changed"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RuleViolation violation) {
            Notification.show(
                            getTranslation(violation.messageKey(), violation.arguments()),
                            6000,
                            Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            refresh();
        }
    }
}
