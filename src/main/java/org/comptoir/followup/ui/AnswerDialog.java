package org.comptoir.followup.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.function.BiConsumer;
import org.comptoir.base.ui.ActOnce;
import org.comptoir.base.ui.UnsavedChanges;

/**
 * Writes an answer to the visitor: a subject and a text. What was typed stays in the dialog after it is
 * sent or not, so that a failed mail is never lost and can be sent again.
 */
class AnswerDialog extends Dialog {

    /** The answer being written. */
    static final class Model {
        String subject = "";
        String text = "";
    }

    final TextField subject = new TextField();
    final TextArea text = new TextArea();
    final Button send = new Button();

    private final Binder<Model> binder = new Binder<>();
    private final Model model = new Model();

    AnswerDialog(BiConsumer<String, String> sender) {
        setHeaderTitle(getTranslation("mail.write-answer"));
        addClassName("answer-dialog");
        subject.setLabel(getTranslation("mail.subject"));
        subject.setMaxLength(200);
        text.setLabel(getTranslation("mail.text"));
        text.setMinHeight("12em");
        binder.forField(subject)
                .asRequired(getTranslation("mail.subject.required"))
                .bind(m -> m.subject, (m, v) -> m.subject = v);
        binder.forField(text).asRequired(getTranslation("mail.text.required")).bind(m -> m.text, (m, v) -> m.text = v);
        binder.readBean(model);
        var form = new FormLayout(subject, text);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setWidth("36em");
        form.setMaxWidth("100%");
        add(form);

        send.setText(getTranslation("mail.send"));
        send.setIcon(VaadinIcon.PAPERPLANE_O.create());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ActOnce.onClick(send, () -> {
            if (binder.writeBeanIfValid(model)) {
                close();
                sender.accept(model.subject, model.text);
            } else {
                binder.validate();
            }
        });
        // Enter is a new line in the text: Ctrl+Enter sends
        send.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(this);
        UnsavedChanges.guard(this, form);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), send);
    }
}
