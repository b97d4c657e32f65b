package org.comptoir.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.comptoir.base.RuleViolation;
import org.comptoir.security.AppRoles;
import org.comptoir.security.DeskDirectory;
import org.comptoir.security.DeskDirectory.DeskOption;
import org.comptoir.security.UserService;
import org.comptoir.security.UserSummary;
import org.springframework.data.domain.Sort;

/**
 * Admin › Users: who can sign in, with which roles, at which desk.
 */
@Route("admin/users")
@RolesAllowed(AppRoles.ADMIN)
@Menu(title = "nav.users", order = 40, icon = "vaadin:users")
class UsersView extends VerticalLayout implements HasDynamicTitle {

    final TextField search = new TextField();
    final Button create = new Button();
    final Grid<UserSummary> grid = new Grid<>();

    private final UserService users;
    private final DeskDirectory desks;

    UsersView(UserService users, DeskDirectory desks) {
        this.users = users;
        this.desks = desks;
        addClassName("users-view");
        setSizeFull();

        search.setPlaceholder(getTranslation("users.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        search.setWidth("20em");

        create.setText(getTranslation("users.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> new UserDialog(null, deskOptions(), users, this::saved).open());

        var toolbar = new HorizontalLayout(search, create);
        toolbar.setWidthFull();
        toolbar.setJustifyContentMode(JustifyContentMode.BETWEEN);

        var deskNames = deskOptions().stream().collect(Collectors.toMap(DeskOption::id, DeskOption::name));
        configureGrid(deskNames);
        add(toolbar, grid);
    }

    private void configureGrid(Map<Long, String> deskNames) {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addColumn(UserSummary::username)
                .setHeader(getTranslation("users.username"))
                .setSortProperty("username")
                .setWidth("9em")
                .setFlexGrow(0);
        grid.addColumn(UserSummary::displayName)
                .setHeader(getTranslation("users.display-name"))
                .setSortProperty("displayName")
                .setWidth("10em")
                .setFlexGrow(1);
        grid.addColumn(user -> user.roles().stream()
                        .sorted()
                        .map(role -> getTranslation("role." + role))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("users.roles"))
                .setWidth("10em")
                .setFlexGrow(1);
        grid.addColumn(user -> user.deskId() == null ? "" : deskNames.getOrDefault(user.deskId(), ""))
                .setHeader(getTranslation("users.desk"))
                .setWidth("10em")
                .setFlexGrow(1);
        grid.addComponentColumn(this::status)
                .setHeader(getTranslation("users.status"))
                .setWidth("7em")
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> users
                .page(
                        search.getValue(),
                        VaadinSpringDataHelpers.toSpringPageRequest(query)
                                .withSort(VaadinSpringDataHelpers.toSpringDataSort(query)
                                        .and(Sort.by("username"))))
                .stream());
        grid.addItemDoubleClickListener(e -> edit(e.getItem()));
    }

    private Component status(UserSummary user) {
        var badge = new Span(getTranslation(user.enabled() ? "users.enabled" : "users.disabled"));
        badge.addClassName(user.enabled() ? "badge-ok" : "badge-off");
        return badge;
    }

    private Component actions(UserSummary user) {
        var edit = iconButton(VaadinIcon.EDIT, getTranslation("action.edit"), () -> edit(user));
        var reset = iconButton(
                VaadinIcon.KEY,
                getTranslation("users.reset-password"),
                () -> new ResetPasswordDialog(
                                user, users, () -> notify(getTranslation("users.password-reset", user.username())))
                        .open());
        var toggle = iconButton(
                user.enabled() ? VaadinIcon.BAN : VaadinIcon.CHECK_CIRCLE,
                getTranslation(user.enabled() ? "users.disable" : "users.enable"),
                () -> toggle(user));
        var actions = new Div(edit, reset, toggle);
        actions.addClassName("row-actions");
        return actions;
    }

    /** A compact row action: an icon, its name as tooltip and as what screen readers say. */
    private static Button iconButton(VaadinIcon icon, String label, Runnable action) {
        var button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }

    private void edit(UserSummary user) {
        new UserDialog(user, deskOptions(), users, this::saved).open();
    }

    private void toggle(UserSummary user) {
        try {
            var changed = users.setEnabled(user.id(), !user.enabled());
            grid.getDataProvider().refreshAll();
            notify(getTranslation(changed.enabled() ? "users.now-enabled" : "users.now-disabled", user.username()));
        } catch (RuleViolation violation) {
            Notification.show(getTranslation(violation.messageKey()), 6000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void saved(UserSummary user) {
        grid.getDataProvider().refreshAll();
        notify(getTranslation("users.saved", user.username()));
    }

    private static void notify(String message) {
        Notification.show(message, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private List<DeskOption> deskOptions() {
        return desks.activeDesks(getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users");
    }
}
