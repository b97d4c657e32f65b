package org.comptoir.contact.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.comptoir.base.ComptoirProperties;
import org.comptoir.base.RuleViolation;
import org.comptoir.contact.Consent;
import org.comptoir.contact.ContactDraft;
import org.comptoir.contact.ContactInvalid;
import org.comptoir.contact.ContactRules;
import org.comptoir.contact.ContactService;
import org.comptoir.contact.FollowUpDraft;
import org.comptoir.contact.FollowUpKind;
import org.comptoir.contact.FollowUpService;
import org.comptoir.contact.WorkingDays;
import org.comptoir.visit.InteractionDetails;
import org.comptoir.visit.VisitService;
import org.comptoir.visit.ui.DeskFormExtension;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Scope;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * The desk form's "Contact details (with consent)" section, folded by default so that the usual journey
 * does not see it. The fields open only once the visitor agreed to a purpose; a follow-up can be asked
 * for with or without contact details. Saved once the interaction is; a refusal keeps everything typed
 * and lets the counsellor save it against the interaction already saved.
 */
@org.springframework.stereotype.Component
@Scope("prototype")
class ContactDeskSection extends Composite<Details> implements DeskFormExtension {

    /** What the section holds. */
    static final class Model {
        boolean consentReply;
        boolean consentNewsletter;
        String name = "";
        String email = "";
        String phone = "";
        String postalCode = "";
        boolean followUp;
        FollowUpKind kind = FollowUpKind.SEND_DOCUMENTATION;
        @Nullable LocalDate dueDate;
        String note = "";
    }

    final Checkbox consentReply = new Checkbox();
    final Checkbox consentNewsletter = new Checkbox();
    final TextField name = new TextField();
    final TextField email = new TextField();
    final TextField phone = new TextField();
    final TextField postalCode = new TextField();
    final Checkbox followUp = new Checkbox();
    final Select<FollowUpKind> kind = new Select<>();
    final DatePicker dueDate = new DatePicker();
    final TextArea note = new TextArea();
    final Div pending = new Div();
    final Span pendingText = new Span();
    final Button savePending = new Button();
    final Button discardPending = new Button();

    private final ContactService contacts;
    private final FollowUpService followUps;
    private final VisitService visits;
    private final Binder<Model> binder = new Binder<>();
    private Model model = new Model();
    private Binder.Binding<Model, String> emailBinding;
    private Binder.Binding<Model, String> phoneBinding;
    /** The interaction saved while this section's part was refused: what a retry saves against. */
    private @Nullable InteractionDetails pendingInteraction;
    /** The contact already saved for the pending interaction, so that a retry does not save it twice. */
    private @Nullable Long savedContactId;

    ContactDeskSection(ContactService contacts, FollowUpService followUps, VisitService visits,
                       ComptoirProperties properties) {
        this.contacts = contacts;
        this.followUps = followUps;
        this.visits = visits;
        var details = getContent();
        details.addClassName("contact-section");
        details.setSummaryText(getTranslation("contact.section"));

        var wording = new Paragraph(getTranslation(Consent.WORDING_KEY, properties.officeName()));
        wording.addClassName("consent-wording");
        var version = new Span(getTranslation("contact.consent.version", Consent.WORDING_VERSION));
        version.addClassName("consent-version");
        consentReply.setLabel(getTranslation("contact.consent.reply"));
        consentNewsletter.setLabel(getTranslation("contact.consent.newsletter"));
        var purposes = new Div(consentReply, consentNewsletter);
        purposes.addClassName("consent-purposes");

        name.setLabel(getTranslation("contact.name"));
        name.setMaxLength(ContactRules.MAX_NAME);
        email.setLabel(getTranslation("contact.email"));
        email.setMaxLength(ContactRules.MAX_EMAIL);
        phone.setLabel(getTranslation("contact.phone"));
        phone.setMaxLength(ContactRules.MAX_PHONE);
        postalCode.setLabel(getTranslation("contact.postal-code"));
        postalCode.setMaxLength(ContactRules.MAX_POSTAL_CODE);
        var fields = new Div(name, email, phone, postalCode);
        fields.addClassName("contact-fields");

        followUp.setLabel(getTranslation("followup.needed"));
        kind.setLabel(getTranslation("followup.kind"));
        kind.setItems(FollowUpKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("followup.kind." + k.name()));
        dueDate.setLabel(getTranslation("followup.due"));
        dueDate.setLocale(getLocale());
        note.setLabel(getTranslation("followup.note"));
        note.setMaxLength(FollowUpDraft.MAX_NOTE);
        var followUpFields = new Div(kind, dueDate, note);
        followUpFields.addClassName("follow-up-fields");

        pendingText.addClassName("pending-text");
        savePending.setText(getTranslation("contact.pending.save"));
        savePending.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        savePending.addClickListener(e -> savePending());
        discardPending.setText(getTranslation("contact.pending.discard"));
        discardPending.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        discardPending.addClickListener(e -> clear());
        pending.add(pendingText, new Div(savePending, discardPending));
        pending.addClassName("contact-pending");
        pending.getElement().setAttribute("role", "alert");

        var content = new Div(pending, wording, version, purposes, fields, followUp, followUpFields);
        content.addClassName("contact-content");
        details.add(content);

        consentReply.addValueChangeListener(e -> enableFields());
        consentNewsletter.addValueChangeListener(e -> enableFields());
        followUp.addValueChangeListener(e -> enableFields());
        bind();
        clear();
    }

    private void bind() {
        binder.forField(consentReply).bind(m -> m.consentReply, (m, v) -> m.consentReply = v);
        binder.forField(consentNewsletter).bind(m -> m.consentNewsletter, (m, v) -> m.consentNewsletter = v);
        binder.forField(name)
                .withValidator(v -> !consented() || v.strip().length() <= ContactRules.MAX_NAME,
                        getTranslation("contact.name.too-long"))
                .bind(m -> m.name, (m, v) -> m.name = v);
        emailBinding = binder.forField(email)
                .withValidator(v -> !consented() || ContactRules.emailProblem(v).isEmpty(),
                        getTranslation("contact.email.invalid"))
                .withValidator(v -> !consentNewsletter.getValue() || !v.isBlank(),
                        getTranslation("contact.email.required-for-newsletter"))
                .withValidator(v -> !consentReply.getValue() || !v.isBlank() || !phone.getValue().isBlank(),
                        getTranslation("contact.reach.required"))
                .bind(m -> m.email, (m, v) -> m.email = v);
        phoneBinding = binder.forField(phone)
                .withValidator(v -> !consented() || ContactRules.phoneProblem(v).isEmpty(),
                        getTranslation("contact.phone.invalid"))
                .withValidator(v -> !consentReply.getValue() || !v.isBlank() || !email.getValue().isBlank(),
                        getTranslation("contact.reach.required"))
                .bind(m -> m.phone, (m, v) -> m.phone = v);
        binder.forField(postalCode)
                .withValidator(v -> !consented() || ContactRules.postalCodeProblem(v).isEmpty(),
                        getTranslation("contact.postal-code.invalid"))
                .bind(m -> m.postalCode, (m, v) -> m.postalCode = v);
        binder.forField(followUp).bind(m -> m.followUp, (m, v) -> m.followUp = v);
        binder.forField(kind).bind(m -> m.kind, (m, v) -> m.kind = v == null ? FollowUpKind.SEND_DOCUMENTATION : v);
        binder.forField(dueDate)
                .withValidator(v -> !followUp.getValue() || v != null, getTranslation("followup.due.required"))
                .withValidator(v -> !followUp.getValue() || v == null || !v.isBefore(today()),
                        getTranslation("followup.due.past"))
                .bind(m -> m.dueDate, (m, v) -> m.dueDate = v);
        binder.forField(note).bind(m -> m.note, (m, v) -> m.note = v);
        // one field's value changes what the other needs: e-mail or phone
        email.addValueChangeListener(e -> {
            if (phone.isInvalid()) {
                phoneBinding.validate();
            }
        });
        phone.addValueChangeListener(e -> {
            if (email.isInvalid()) {
                emailBinding.validate();
            }
        });
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public boolean validate() {
        if (pendingInteraction != null) {
            getContent().setOpened(true);
            pending.addClassName("insist");
            return false;
        }
        if (!somethingToSave()) {
            return true;
        }
        var valid = binder.validate().isOk();
        if (!valid) {
            getContent().setOpened(true);
        }
        return valid;
    }

    @Override
    public boolean afterSave(InteractionDetails saved) {
        if (!somethingToSave()) {
            return true;
        }
        return saveFor(saved);
    }

    @Override
    public void clear() {
        model = new Model();
        binder.readBean(model);
        pendingInteraction = null;
        savedContactId = null;
        pending.setVisible(false);
        pending.removeClassName("insist");
        dueDate.setValue(null);
        getContent().setOpened(false);
        enableFields();
    }

    /** Saves the contact and the follow-up for a saved interaction; false when something was refused. */
    private boolean saveFor(InteractionDetails interaction) {
        if (!binder.writeBeanIfValid(model)) {
            binder.validate();
            keepPending(interaction, "contact.pending.invalid");
            return false;
        }
        try {
            if (consented() && savedContactId == null) {
                savedContactId = contacts.save(new ContactDraft(interaction.id(), model.name, model.email,
                        model.phone, model.postalCode, model.consentReply, model.consentNewsletter)).id();
            }
            if (model.followUp) {
                followUps.create(new FollowUpDraft(interaction.id(), savedContactId, model.kind, model.dueDate,
                        null, model.note));
            }
        } catch (ContactInvalid invalid) {
            showErrors(invalid.fieldErrors());
            keepPending(interaction, "contact.pending.invalid");
            return false;
        } catch (RuleViolation violation) {
            showRefusal(violation);
            keepPending(interaction, "contact.pending.invalid");
            return false;
        } catch (DataAccessException | TransactionException unreachable) {
            keepPending(interaction, "contact.pending.unreachable");
            return false;
        }
        if (pendingInteraction != null) {
            Notification.show(getTranslation("contact.pending.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }
        return true;
    }

    private void savePending() {
        var interaction = pendingInteraction;
        if (interaction != null && saveFor(interaction)) {
            clear();
        }
    }

    private void keepPending(InteractionDetails interaction, String messageKey) {
        pendingInteraction = interaction;
        pendingText.setText(getTranslation(messageKey));
        pending.setVisible(true);
        getContent().setOpened(true);
        Notification.show(getTranslation(messageKey), 6000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** The service's refusals, next to their fields. */
    void showErrors(Map<String, String> fieldErrors) {
        fieldErrors.forEach((field, key) -> {
            HasValidation target = switch (field) {
                case "name" -> name;
                case "email" -> email;
                case "phone" -> phone;
                case "postalCode" -> postalCode;
                default -> null;
            };
            if (target == null) {
                pendingText.setText(getTranslation(key));
            } else {
                target.setErrorMessage(getTranslation(key));
                target.setInvalid(true);
            }
        });
    }

    private void showRefusal(RuleViolation violation) {
        HasValidation target = switch (violation.messageKey()) {
            case "followup.due.past" -> dueDate;
            case "followup.note.too-long" -> note;
            default -> null;
        };
        if (target == null) {
            pendingText.setText(getTranslation(violation.messageKey(), violation.arguments()));
        } else {
            target.setErrorMessage(getTranslation(violation.messageKey(), violation.arguments()));
            target.setInvalid(true);
        }
    }

    private boolean consented() {
        return consentReply.getValue() || consentNewsletter.getValue();
    }

    private boolean somethingToSave() {
        return consented() || followUp.getValue();
    }

    private void enableFields() {
        var open = consented();
        for (var field : List.of(name, email, phone, postalCode)) {
            field.setEnabled(open);
            if (!open) {
                field.setInvalid(false);
            }
        }
        var wanted = followUp.getValue();
        kind.setVisible(wanted);
        dueDate.setVisible(wanted);
        note.setVisible(wanted);
        if (wanted && dueDate.getValue() == null) {
            dueDate.setValue(WorkingDays.next(today()));
        }
    }

    private LocalDate today() {
        return visits.officeNow().toLocalDate();
    }
}
