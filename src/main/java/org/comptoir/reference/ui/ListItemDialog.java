package org.comptoir.reference.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.function.Consumer;
import org.comptoir.base.RuleViolation;
import org.comptoir.reference.ListItem;
import org.comptoir.reference.ListKind;
import org.comptoir.reference.ReferenceListService;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Adds an entry to a list or edits one. Stays open with everything typed when the save is refused.
 */
class ListItemDialog extends Dialog {

    final ListItemForm form;
    final Button save = new Button();

    ListItemDialog(ListKind kind, @Nullable ListItem existing, int nextOrder, ReferenceListService lists,
                   Consumer<ListItem> onSaved) {
        form = new ListItemForm(existing, nextOrder);
        setHeaderTitle(existing == null ? getTranslation("lists.new." + kind)
                : getTranslation("lists.edit", existing.name(getLocale())));
        add(form);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> form.draft().ifPresent(draft -> {
            try {
                var saved = lists.save(kind, draft);
                close();
                onSaved.accept(saved);
            } catch (RuleViolation violation) {
                if (!form.show(violation)) {
                    error(getTranslation(violation.messageKey(), violation.arguments()));
                }
            } catch (OptimisticLockingFailureException conflict) {
                error(getTranslation("lists.conflict"));
            }
        }));
        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
        setWidth("36em");
    }

    private static void error(String message) {
        Notification.show(message, 6000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
