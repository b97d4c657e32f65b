package org.comptoir.security.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.comptoir.base.RuleViolation;
import org.comptoir.security.AppRoles;
import org.comptoir.security.DeskDirectory.DeskOption;
import org.comptoir.security.PasswordPolicy;
import org.comptoir.security.UserDraft;
import org.comptoir.security.UserSummary;
import org.jspecify.annotations.Nullable;

/**
 * A user's name, roles and desk; the first password when the user is new. Hands back a
 * {@link UserDraft} only when every field is valid.
 */
class UserForm extends Composite<FormLayout> {

    /** The form's editable state. */
    static final class Model {
        @Nullable
        Long id;

        long version;
        String username = "";
        String displayName = "";
        Set<String> roles = new HashSet<>();

        @Nullable
        DeskOption desk;

        String password = "";
    }

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final CheckboxGroup<String> roles = new CheckboxGroup<>();
    final ComboBox<DeskOption> desk = new ComboBox<>();
    final PasswordField password = new PasswordField();

    private final Binder<Model> binder = new Binder<>();
    private final Model model = new Model();

    UserForm(@Nullable UserSummary existing, List<DeskOption> desks) {
        username.setLabel(getTranslation("users.username"));
        username.setHelperText(getTranslation("users.username.help"));
        username.setMaxLength(60);
        displayName.setLabel(getTranslation("users.display-name"));
        displayName.setMaxLength(120);
        roles.setLabel(getTranslation("users.roles"));
        roles.setItems(AppRoles.ALL);
        roles.setItemLabelGenerator(role -> getTranslation("role." + role));
        desk.setLabel(getTranslation("users.desk"));
        desk.setItems(desks);
        desk.setItemLabelGenerator(DeskOption::name);
        desk.setClearButtonVisible(true);
        password.setLabel(getTranslation("users.password"));
        password.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));

        binder.forField(username)
                .asRequired(getTranslation("users.username.required"))
                .withValidator(
                        value -> value.strip().matches("[A-Za-z0-9][A-Za-z0-9._-]{1,59}"),
                        getTranslation("user.username.invalid"))
                .bind(m -> m.username, (m, v) -> m.username = v.strip());
        binder.forField(displayName)
                .asRequired(getTranslation("user.display-name.required"))
                .bind(m -> m.displayName, (m, v) -> m.displayName = v.strip());
        binder.forField(roles)
                .withValidator(value -> !value.isEmpty(), getTranslation("user.roles.required"))
                .bind(m -> m.roles, (m, v) -> m.roles = new HashSet<>(v));
        binder.forField(desk).bind(m -> m.desk, (m, v) -> m.desk = v);

        var layout = getContent();
        layout.add(username, displayName, roles, desk);
        if (existing == null) {
            binder.forField(password)
                    .asRequired(getTranslation("users.password.required"))
                    .withValidator(
                            value -> value.length() >= PasswordPolicy.MIN_LENGTH,
                            getTranslation("password.too-short", PasswordPolicy.MIN_LENGTH))
                    .bind(m -> m.password, (m, v) -> m.password = v);
            layout.add(password);
        } else {
            model.id = existing.id();
            model.version = existing.version();
            model.username = existing.username();
            model.displayName = existing.displayName();
            model.roles = new HashSet<>(existing.roles());
            model.desk = desks.stream()
                    .filter(d -> Long.valueOf(d.id()).equals(existing.deskId()))
                    .findFirst()
                    .orElse(null);
            username.setReadOnly(true);
        }
        binder.readBean(model);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        layout.setColspan(roles, 2);
    }

    /** The draft when every field is valid; otherwise each wrong field says why and nothing is lost. */
    Optional<UserDraft> draft() {
        if (!binder.writeBeanIfValid(model)) {
            binder.validate();
            return Optional.empty();
        }
        return Optional.of(new UserDraft(
                model.id,
                model.version,
                model.username,
                model.displayName,
                Set.copyOf(model.roles),
                model.desk == null ? null : model.desk.id(),
                model.id == null ? model.password : null));
    }

    /** Shows a rule the service refused next to the field it is about. */
    boolean show(RuleViolation violation) {
        var key = violation.messageKey();
        HasValidation field = key.startsWith("user.username")
                ? username
                : key.startsWith("password")
                        ? password
                        : key.startsWith("user.display-name")
                                ? displayName
                                : key.startsWith("user.roles") || key.startsWith("user.self") ? roles : null;
        if (field == null) {
            return false;
        }
        field.setErrorMessage(getTranslation(key, violation.arguments()));
        field.setInvalid(true);
        return true;
    }
}
