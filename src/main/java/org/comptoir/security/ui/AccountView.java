package org.comptoir.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import org.comptoir.base.RuleViolation;
import org.comptoir.base.ui.ActOnce;
import org.comptoir.base.ui.MainLayout;
import org.comptoir.security.DeskDirectory;
import org.comptoir.security.PasswordPolicy;
import org.comptoir.security.UserService;

/**
 * My account: who I am here, and a new password.
 */
@Route(MainLayout.ACCOUNT_ROUTE)
@PermitAll
class AccountView extends Div implements HasDynamicTitle {

    final PasswordField current = new PasswordField();
    final PasswordField fresh = new PasswordField();
    final PasswordField confirm = new PasswordField();
    final Button change = new Button();

    private final UserService users;

    AccountView(UserService users, DeskDirectory desks) {
        this.users = users;
        addClassName("account-view");
        users.current().ifPresent(me -> {
            var roles = me.roles().stream()
                    .sorted()
                    .map(r -> getTranslation("role." + r))
                    .collect(Collectors.joining(", "));
            var desk = me.deskId() == null
                    ? "—"
                    : desks.find(me.deskId(), getLocale())
                            .map(DeskDirectory.DeskOption::name)
                            .orElse("—");
            add(new H2(me.displayName()), new Paragraph(getTranslation("account.summary", me.username(), roles, desk)));
        });

        current.setLabel(getTranslation("account.current-password"));
        fresh.setLabel(getTranslation("users.new-password"));
        fresh.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));
        confirm.setLabel(getTranslation("account.confirm-password"));
        change.setText(getTranslation("account.change-password"));
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ActOnce.onClick(change, this::changePassword);

        var form = new FormLayout(current, fresh, confirm);
        form.setMaxWidth("28em");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new H2(getTranslation("account.change-password")), form, change);
    }

    private void changePassword() {
        for (var field : new PasswordField[] {current, fresh, confirm}) {
            field.setInvalid(false);
        }
        if (!fresh.getValue().equals(confirm.getValue())) {
            confirm.setErrorMessage(getTranslation("account.passwords-differ"));
            confirm.setInvalid(true);
            return;
        }
        try {
            users.changeOwnPassword(current.getValue(), fresh.getValue());
            current.clear();
            fresh.clear();
            confirm.clear();
            Notification.show(getTranslation("account.password-changed"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RuleViolation violation) {
            var field = "password.current-wrong".equals(violation.messageKey()) ? current : fresh;
            field.setErrorMessage(getTranslation(violation.messageKey(), violation.arguments()));
            field.setInvalid(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shell.account");
    }
}
