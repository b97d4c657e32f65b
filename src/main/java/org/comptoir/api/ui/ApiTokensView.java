package org.comptoir.api.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.comptoir.api.ApiScope;
import org.comptoir.api.ApiTokenDetails;
import org.comptoir.api.ApiTokenDraft;
import org.comptoir.api.ApiTokenInvalid;
import org.comptoir.api.ApiTokenService;
import org.comptoir.api.CreatedApiToken;
import org.comptoir.base.ComptoirProperties;
import org.comptoir.base.ui.DatePickers;
import org.comptoir.security.AppRoles;
import org.comptoir.security.DeskDirectory;
import org.comptoir.security.DeskDirectory.DeskOption;
import org.comptoir.security.OfficeScope;
import org.jspecify.annotations.Nullable;

/**
 * Admin › API: the tokens other tools call the API with. A new token's secret is shown once, in a dialog;
 * the list shows what each may do, where its interactions count, its expiry and its last use, and revokes.
 */
@Route("admin/api")
@RolesAllowed(AppRoles.ADMIN)
@Menu(title = "api.nav", order = 56, icon = "vaadin:key")
class ApiTokensView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    final TextField name = new TextField();
    final CheckboxGroup<ApiScope> scopes = new CheckboxGroup<>();
    final ComboBox<DeskOption> desk = new ComboBox<>();
    final IntegerField perMinute = new IntegerField();
    final DatePicker expires = new DatePicker();
    final Button create = new Button();
    final Grid<ApiTokenDetails> grid = new Grid<>();
    /** The secret just created, while its dialog is open. */
    final TextField secret = new TextField();

    @Nullable
    Dialog created;

    @Nullable
    ConfirmDialog confirm;

    private final ApiTokenService tokens;
    private final Clock clock;
    private final ZoneId zone;
    private final Map<Long, String> deskNames;

    ApiTokensView(
            ApiTokenService tokens,
            DeskDirectory desks,
            OfficeScope scope,
            Clock clock,
            ComptoirProperties properties) {
        this.tokens = tokens;
        this.clock = clock;
        this.zone = properties.timeZone();
        addClassName("api-tokens-view");
        setSizeFull();
        // a token reads its desk's office: the admin's offices' desks only (issue 16)
        var options = scope.reachable(desks.activeDesks(getLocale()));
        deskNames = options.stream().collect(Collectors.toMap(DeskOption::id, DeskOption::name));

        name.setLabel(getTranslation("api.name"));
        name.setMaxLength(ApiTokenDraft.MAX_NAME);
        scopes.setLabel(getTranslation("api.scopes"));
        scopes.setItems(Arrays.asList(ApiScope.values()));
        scopes.setItemLabelGenerator(this::scopeLabel);
        desk.setLabel(getTranslation("api.desk"));
        desk.setItems(options);
        desk.setItemLabelGenerator(DeskOption::name);
        options.stream().findFirst().ifPresent(desk::setValue);
        perMinute.setLabel(getTranslation("api.per-minute"));
        perMinute.setMin(1);
        perMinute.setMax(ApiTokenDraft.MAX_PER_MINUTE);
        perMinute.setValue(ApiTokenDraft.DEFAULT_PER_MINUTE);
        expires.setLabel(getTranslation("api.expires"));
        expires.setHelperText(getTranslation("api.expires.helper"));
        expires.setI18n(DatePickers.i18n(getLocale()));
        expires.setLocale(getLocale());
        create.setText(getTranslation("api.create"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());

        var form = new FormLayout(name, desk, scopes, perMinute, expires);
        form.setColspan(scopes, 2);

        configureGrid();
        add(new Paragraph(getTranslation("api.intro")), form, create, grid);
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        grid.addColumn(ApiTokenDetails::name).setHeader(getTranslation("api.column.name"));
        grid.addColumn(token ->
                        token.scopes().stream().sorted().map(ApiScope::code).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("api.column.scopes"));
        grid.addColumn(token -> deskNames.getOrDefault(token.deskId(), "#" + token.deskId()))
                .setHeader(getTranslation("api.column.desk"));
        grid.addColumn(token -> when(token.createdAt()) + " · " + token.createdBy())
                .setHeader(getTranslation("api.column.created"));
        grid.addColumn(token -> token.expiresAt() == null
                        ? "–"
                        : DAY.format(token.expiresAt().minusSeconds(1).atZone(zone)))
                .setHeader(getTranslation("api.column.expires"));
        grid.addColumn(token -> token.lastUsedAt() == null ? getTranslation("api.never") : when(token.lastUsedAt()))
                .setHeader(getTranslation("api.column.last-used"));
        grid.addColumn(token -> getTranslation("api.status." + token.status(clock.instant())))
                .setHeader(getTranslation("api.column.status"));
        grid.addComponentColumn(token -> {
                    var revoke = new Button(getTranslation("api.revoke"), e -> askRevoke(token));
                    revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
                    revoke.setVisible(token.revokedAt() == null);
                    return revoke;
                })
                .setFlexGrow(0)
                .setWidth("8em");
        refresh();
    }

    private void refresh() {
        grid.setItems(tokens.list());
    }

    private void create() {
        for (var field : new HasValidation[] {name, scopes, desk, perMinute, expires}) {
            field.setInvalid(false);
        }
        try {
            var made = tokens.create(new ApiTokenDraft(
                    name.getValue(),
                    scopes.getValue(),
                    desk.getValue() == null ? -1 : desk.getValue().id(),
                    perMinute.getValue() == null ? 0 : perMinute.getValue(),
                    expires.getValue()));
            name.clear();
            scopes.clear();
            expires.clear();
            refresh();
            showSecret(made);
        } catch (ApiTokenInvalid invalid) {
            invalid.fieldErrors().forEach((field, key) -> {
                var message = getTranslation(key);
                switch (field) {
                    case "name" -> invalidate(name, message);
                    case "scopes" -> invalidate(scopes, message);
                    case "desk" -> invalidate(desk, message);
                    case "perMinute" -> invalidate(perMinute, message);
                    default -> invalidate(expires, message);
                }
            });
        }
    }

    private static void invalidate(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private void showSecret(CreatedApiToken made) {
        secret.setValue(made.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("api.created.title", made.token().name()));
        dialog.add(new Paragraph(getTranslation("api.created.text")), secret);
        dialog.setWidth("40em");
        var close = new Button(getTranslation("api.close"), e -> {
            secret.clear();
            dialog.close();
        });
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(close);
        dialog.setCloseOnOutsideClick(false);
        dialog.addDialogCloseActionListener(e -> {
            secret.clear();
            dialog.close();
        });
        created = dialog;
        dialog.open();
    }

    private void askRevoke(ApiTokenDetails token) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("api.revoke"));
        dialog.add(new Text(getTranslation("api.revoke.confirm", token.name())));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("api.revoke"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            tokens.revoke(token.id());
            refresh();
            Notification.show(getTranslation("api.revoked", token.name()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        dialog.open();
    }

    private String scopeLabel(ApiScope scope) {
        return getTranslation("api.scope." + scope.code()) + " (" + scope.code() + ")";
    }

    private String when(Instant instant) {
        return WHEN.format(instant.atZone(zone));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("api.nav");
    }
}
