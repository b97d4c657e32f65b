package org.comptoir.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import java.util.function.Consumer;
import org.comptoir.base.RuleViolation;
import org.comptoir.security.DeskDirectory.DeskOption;
import org.comptoir.security.UserService;
import org.comptoir.security.UserSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Creates a user or edits one. Stays open with everything typed when the save is refused.
 */
class UserDialog extends Dialog {

    final UserForm form;
    final Button save = new Button();

    UserDialog(@Nullable UserSummary existing, List<DeskOption> desks, UserService users,
               Consumer<UserSummary> onSaved) {
        form = new UserForm(existing, desks);
        setHeaderTitle(existing == null ? getTranslation("users.new")
                : getTranslation("users.edit", existing.username()));
        add(form);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> form.draft().ifPresent(draft -> {
            try {
                var saved = users.save(draft);
                close();
                onSaved.accept(saved);
            } catch (RuleViolation violation) {
                if (!form.show(violation)) {
                    error(getTranslation(violation.messageKey(), violation.arguments()));
                }
            } catch (OptimisticLockingFailureException conflict) {
                error(getTranslation("users.conflict"));
            }
        }));
        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
        setWidth("40em");
    }

    private static void error(String message) {
        Notification.show(message, 6000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
