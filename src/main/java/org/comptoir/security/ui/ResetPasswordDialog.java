package org.comptoir.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import org.comptoir.base.RuleViolation;
import org.comptoir.base.ui.ActOnce;
import org.comptoir.base.ui.UnsavedChanges;
import org.comptoir.security.PasswordPolicy;
import org.comptoir.security.UserService;
import org.comptoir.security.UserSummary;

/**
 * An admin gives a user a new password (to be told to them in person).
 */
class ResetPasswordDialog extends Dialog {

    final PasswordField password = new PasswordField();
    final Button save = new Button();

    ResetPasswordDialog(UserSummary user, UserService users, Runnable onDone) {
        setHeaderTitle(getTranslation("users.reset-password.title", user.username()));
        password.setLabel(getTranslation("users.new-password"));
        password.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));
        password.setWidthFull();
        add(new Paragraph(getTranslation("users.reset-password.help")), password);
        save.setText(getTranslation("users.reset-password"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ActOnce.onClick(save, () -> {
            try {
                users.resetPassword(user.id(), password.getValue());
                close();
                onDone.run();
            } catch (RuleViolation violation) {
                password.setErrorMessage(getTranslation(violation.messageKey(), violation.arguments()));
                password.setInvalid(true);
            }
        });
        save.addClickShortcut(Key.ENTER).listenOn(this);
        UnsavedChanges.guard(this, password);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("32em");
    }
}
