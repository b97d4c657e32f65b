package org.comptoir.attraction.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import java.util.function.Consumer;
import org.comptoir.attraction.datatourisme.ImportService;
import org.comptoir.attraction.datatourisme.MappingRule;
import org.comptoir.base.RuleViolation;
import org.comptoir.reference.ListItem;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/** Adds a mapping line or edits one. Stays open with everything typed when the save is refused. */
class MappingDialog extends Dialog {

    final MappingForm form;
    final Button save = new Button();

    MappingDialog(@Nullable MappingRule existing, List<ListItem> interests, ImportService imports,
                  Consumer<MappingRule> onSaved) {
        form = new MappingForm(existing, interests);
        setHeaderTitle(existing == null ? getTranslation("import.mapping.new")
                : getTranslation("import.mapping.edit", existing.sourceTerm()));
        add(form);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> form.draft().ifPresent(draft -> {
            try {
                var saved = imports.saveMapping(draft);
                close();
                onSaved.accept(saved);
            } catch (RuleViolation violation) {
                if (!form.show(violation)) {
                    error(getTranslation(violation.messageKey(), violation.arguments()));
                }
            } catch (OptimisticLockingFailureException conflict) {
                error(getTranslation("import.mapping.conflict"));
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
