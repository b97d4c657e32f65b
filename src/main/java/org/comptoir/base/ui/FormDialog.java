package org.comptoir.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.comptoir.base.RuleViolation;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A dialog around a form: Save hands the form's valid draft to a service; a refused save keeps the
 * dialog open with everything typed, the reason shown next to its field (or in a notification when
 * no field is concerned), and a concurrent change says so. Enter saves; Esc or a click outside asks
 * before throwing away what was typed.
 *
 * @param <D> the form's draft
 * @param <R> what the service hands back once saved
 */
public abstract class FormDialog<D, R> extends Dialog {

    public final Button save = new Button();

    /** What was typed since the dialog opened: Esc or a click outside ask before losing it. */
    protected final UnsavedChanges changes;

    protected FormDialog(
            Component form,
            Supplier<Optional<D>> draft,
            Predicate<RuleViolation> showOnField,
            Function<D, R> saver,
            Consumer<R> onSaved,
            String conflictKey) {
        add(form);
        changes = UnsavedChanges.guard(this, form);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ActOnce.onClick(
                save,
                () -> draft.get().ifPresent(valid -> {
                    try {
                        var saved = saver.apply(valid);
                        close();
                        onSaved.accept(saved);
                    } catch (RuleViolation violation) {
                        if (!showOnField.test(violation)) {
                            error(getTranslation(violation.messageKey(), violation.arguments()));
                        }
                    } catch (OptimisticLockingFailureException conflict) {
                        error(getTranslation(conflictKey));
                    }
                }));
        // Enter saves from any field of the form
        save.addClickShortcut(Key.ENTER).listenOn(this);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private static void error(String message) {
        Notification.show(message, 6000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
