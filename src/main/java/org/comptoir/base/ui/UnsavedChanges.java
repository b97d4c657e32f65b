package org.comptoir.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import java.io.Serializable;
import java.util.stream.Stream;

/**
 * Whether the person typed or chose something in a form since it was shown or saved, and the question
 * asked before it is thrown away ("nothing typed is lost"). Only changes made by the person count: a
 * form filled in by the program is not a change.
 */
public final class UnsavedChanges implements Serializable {

    private boolean changed;

    private UnsavedChanges() {}

    /** Nothing to watch yet (the form is not built). */
    public static UnsavedChanges none() {
        return new UnsavedChanges();
    }

    /** Watches every field inside {@code form} (those it holds now). */
    public static UnsavedChanges watch(Component form) {
        var changes = new UnsavedChanges();
        changes.watchAlso(form);
        return changes;
    }

    /** Watches the fields of one more part of the form. */
    public void watchAlso(Component part) {
        fields(part)
                .forEach(field -> field.addValueChangeListener(event -> {
                    if (event.isFromClient()) {
                        changed = true;
                    }
                }));
    }

    /**
     * A dialog closed by Esc or a click outside asks first when something was changed in it; nothing
     * changed, it closes at once. The watch starts again at each opening.
     */
    public static UnsavedChanges guard(Dialog dialog, Component form) {
        var changes = watch(form);
        dialog.addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                changes.saved();
            }
        });
        // with this listener, Esc and a click outside no longer close the dialog by themselves
        dialog.addDialogCloseActionListener(event -> changes.confirmThen(dialog::close));
        return changes;
    }

    public boolean changed() {
        return changed;
    }

    /** Something changed that is no field's value (a list reordered, say). */
    public void touched() {
        changed = true;
    }

    /** What is on screen is what is stored (just saved, or just loaded). */
    public void saved() {
        changed = false;
    }

    /** Runs {@code discard} at once when nothing changed, or once the person agreed to lose the changes. */
    public void confirmThen(Runnable discard) {
        if (!changed) {
            discard.run();
            return;
        }
        var dialog = new ConfirmDialog();
        dialog.addClassName("discard-changes");
        dialog.setHeader(dialog.getTranslation("unsaved.title"));
        dialog.setText(dialog.getTranslation("unsaved.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(dialog.getTranslation("unsaved.keep"));
        dialog.setConfirmText(dialog.getTranslation("unsaved.discard"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> {
            changed = false;
            discard.run();
        });
        dialog.open();
    }

    private static Stream<HasValue<?, ?>> fields(Component root) {
        var own = root instanceof HasValue<?, ?> field
                ? Stream.<HasValue<?, ?>>of(field)
                : Stream.<HasValue<?, ?>>empty();
        return Stream.concat(own, root.getChildren().flatMap(UnsavedChanges::fields));
    }
}
