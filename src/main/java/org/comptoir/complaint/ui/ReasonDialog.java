package org.comptoir.complaint.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Predicate;
import org.comptoir.base.ui.ActOnce;

/** Asks why a complaint is closed without an answer; closes once the closing was taken. */
class ReasonDialog extends Dialog {

    final TextField reason = new TextField();
    final Button confirm = new Button();

    ReasonDialog(Predicate<String> closer) {
        setHeaderTitle(getTranslation("complaint.close-unanswered"));
        addClassName("complaint-reason-dialog");
        reason.setLabel(getTranslation("complaint.close.reason"));
        reason.setMaxLength(300);
        reason.setWidth("30em");
        reason.setMaxWidth("100%");
        add(reason);
        confirm.setText(getTranslation("complaint.close-unanswered"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ActOnce.onClick(confirm, () -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("complaint.close.reason.required"));
                reason.setInvalid(true);
            } else if (closer.test(reason.getValue())) {
                close();
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }
}
