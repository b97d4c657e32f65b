package org.comptoir.complaint.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import java.util.Arrays;
import java.util.function.BiPredicate;
import org.comptoir.base.ui.ActOnce;
import org.comptoir.base.ui.UnsavedChanges;
import org.comptoir.complaint.ComplaintChannel;
import org.comptoir.complaint.ComplaintDetails;
import org.comptoir.complaint.ComplaintDraft;

/**
 * Writes the answer to a complaint and says how it was given. By e-mail (offered only when the visitor consented to
 * give an address and mail is set up), saving it sends it. The dialog stays open, with what was typed, when the save
 * is refused.
 */
class ComplaintAnswerDialog extends Dialog {

    /** The answer being written. */
    static final class Model {
        ComplaintChannel channel = ComplaintChannel.EMAIL;
        String text = "";
    }

    final Select<ComplaintChannel> channel = new Select<>();
    final TextArea text = new TextArea();
    final Paragraph byMail = new Paragraph();
    final Button save = new Button();

    private final Binder<Model> binder = new Binder<>();
    private final Model model = new Model();

    /** @param saver saves the answer; true when it was taken (the dialog then closes) */
    ComplaintAnswerDialog(ComplaintDetails complaint, boolean mailReady, BiPredicate<String, ComplaintChannel> saver) {
        setHeaderTitle(getTranslation("complaint.answer.write"));
        addClassName("complaint-answer-dialog");
        var emailable = mailReady && complaint.contactEmail() != null;
        channel.setLabel(getTranslation("complaint.answer.channel"));
        channel.setItems(Arrays.stream(ComplaintChannel.values())
                .filter(c -> emailable || c != ComplaintChannel.EMAIL)
                .toList());
        channel.setItemLabelGenerator(c -> getTranslation("complaint.channel." + c.name()));
        model.channel = emailable ? ComplaintChannel.EMAIL : ComplaintChannel.PHONE;
        text.setLabel(getTranslation("complaint.answer.text"));
        text.setMaxLength(ComplaintDraft.MAX_ANSWER);
        text.setMinHeight("12em");
        byMail.setText(getTranslation("complaint.answer.by-mail"));
        byMail.addClassName("mail-setup");
        binder.forField(channel).asRequired().bind(m -> m.channel, (m, v) -> m.channel = v);
        binder.forField(text)
                .asRequired(getTranslation("complaint.answer.required"))
                .bind(m -> m.text, (m, v) -> m.text = v);
        binder.readBean(model);
        byMail.setVisible(model.channel == ComplaintChannel.EMAIL);
        channel.addValueChangeListener(e -> byMail.setVisible(e.getValue() == ComplaintChannel.EMAIL));
        var form = new FormLayout(channel, text, byMail);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setWidth("36em");
        form.setMaxWidth("100%");
        add(form);

        save.setText(getTranslation("complaint.answer.send"));
        save.setIcon(VaadinIcon.PAPERPLANE_O.create());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ActOnce.onClick(save, () -> {
            if (binder.writeBeanIfValid(model)) {
                if (saver.test(model.text, model.channel)) {
                    close();
                }
            } else {
                binder.validate();
            }
        });
        UnsavedChanges.guard(this, form);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
