package org.comptoir.followup.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.comptoir.base.ComptoirProperties;
import org.comptoir.base.RuleViolation;
import org.comptoir.contact.Consent;
import org.comptoir.contact.ContactDraft;
import org.comptoir.contact.ContactInvalid;
import org.comptoir.contact.ContactRules;
import org.comptoir.followup.FollowUpDraft;
import org.comptoir.followup.FollowUpKind;
import org.comptoir.followup.WorkingDays;
import org.comptoir.security.OfficeDirectory;
import org.comptoir.visit.InteractionPart;
import org.comptoir.visit.VisitService;
import org.comptoir.visit.ui.DeskFormExtension;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Scope;

/**
 * The desk form's "Contact details (with consent)" section, folded by default so that the usual journey
 * does not see it. The fields open only once the visitor agreed to a purpose; a follow-up can be asked
 * for with or without contact details. Both are saved with the interaction, in its transaction: a refusal
 * saves nothing and keeps everything typed.
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

        @Nullable
        LocalDate dueDate;

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

    private final VisitService visits;
    private final OfficeDirectory offices;
    private final String officeName;
    final Paragraph wording;
    private final Binder<Model> binder = new Binder<>();
    private Model model = new Model();
    private Binder.Binding<Model, String> emailBinding;
    private Binder.Binding<Model, String> phoneBinding;

    ContactDeskSection(VisitService visits, ComptoirProperties properties, OfficeDirectory offices) {
        this.visits = visits;
        this.offices = offices;
        this.officeName = properties.officeName();
        var details = getContent();
        details.addClassName("contact-section");
        details.setSummaryText(getTranslation("contact.section"));

        wording = new Paragraph(getTranslation(Consent.WORDING_KEY, officeName));
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

        var content = new Div(wording, version, purposes, fields, followUp, followUpFields);
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
                .withValidator(
                        v -> !consented() || v.strip().length() <= ContactRules.MAX_NAME,
                        getTranslation("contact.name.too-long"))
                .bind(m -> m.name, (m, v) -> m.name = v);
        emailBinding = binder.forField(email)
                .withValidator(
                        v -> !consented() || ContactRules.emailProblem(v).isEmpty(),
                        getTranslation("contact.email.invalid"))
                .withValidator(
                        v -> !consentNewsletter.getValue() || !v.isBlank(),
                        getTranslation("contact.email.required-for-newsletter"))
                .withValidator(
                        v -> !consentReply.getValue()
                                || !v.isBlank()
                                || !phone.getValue().isBlank(),
                        getTranslation("contact.reach.required"))
                .bind(m -> m.email, (m, v) -> m.email = v);
        phoneBinding = binder.forField(phone)
                .withValidator(
                        v -> !consented() || ContactRules.phoneProblem(v).isEmpty(),
                        getTranslation("contact.phone.invalid"))
                .withValidator(
                        v -> !consentReply.getValue()
                                || !v.isBlank()
                                || !email.getValue().isBlank(),
                        getTranslation("contact.reach.required"))
                .bind(m -> m.phone, (m, v) -> m.phone = v);
        binder.forField(postalCode)
                .withValidator(
                        v -> !consented() || ContactRules.postalCodeProblem(v).isEmpty(),
                        getTranslation("contact.postal-code.invalid"))
                .bind(m -> m.postalCode, (m, v) -> m.postalCode = v);
        binder.forField(followUp).bind(m -> m.followUp, (m, v) -> m.followUp = v);
        binder.forField(kind).bind(m -> m.kind, (m, v) -> m.kind = v == null ? FollowUpKind.SEND_DOCUMENTATION : v);
        binder.forField(dueDate)
                .withValidator(v -> !followUp.getValue() || v != null, getTranslation("followup.due.required"))
                .withValidator(
                        v -> !followUp.getValue() || v == null || !v.isBefore(today()),
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
    public Optional<List<InteractionPart>> parts() {
        if (!somethingToSave()) {
            return Optional.of(List.of());
        }
        if (!binder.writeBeanIfValid(model)) {
            binder.validate();
            getContent().setOpened(true);
            return Optional.empty();
        }
        var parts = new ArrayList<InteractionPart>();
        if (consented()) {
            parts.add(new ContactDraft(
                    model.name,
                    model.email,
                    model.phone,
                    model.postalCode,
                    model.consentReply,
                    model.consentNewsletter));
        }
        if (model.followUp) {
            parts.add(new FollowUpDraft(model.kind, model.dueDate, null, model.note));
        }
        return Optional.of(List.copyOf(parts));
    }

    @Override
    public boolean showRefusal(RuleViolation refusal) {
        if (refusal instanceof ContactInvalid invalid) {
            return showErrors(invalid.fieldErrors());
        }
        HasValidation target = switch (refusal.messageKey()) {
            case "followup.due.past" -> dueDate;
            case "followup.note.too-long" -> note;
            default -> null;
        };
        if (target == null) {
            return false;
        }
        target.setErrorMessage(getTranslation(refusal.messageKey(), refusal.arguments()));
        target.setInvalid(true);
        getContent().setOpened(true);
        return true;
    }

    /** The consent names who holds the details: the desk's office once the network has several (issue 16). */
    @Override
    public void atDesk(long deskId) {
        wording.setText(getTranslation(Consent.WORDING_KEY, offices.signature(deskId, officeName)));
    }

    @Override
    public void clear() {
        model = new Model();
        binder.readBean(model);
        dueDate.setValue(null);
        getContent().setOpened(false);
        enableFields();
    }

    /** The service's refusals next to their fields; false when one is about no field of the section. */
    private boolean showErrors(Map<String, String> fieldErrors) {
        var allShown = true;
        for (var error : fieldErrors.entrySet()) {
            HasValidation target = switch (error.getKey()) {
                case "name" -> name;
                case "email" -> email;
                case "phone" -> phone;
                case "postalCode" -> postalCode;
                default -> null;
            };
            if (target == null) {
                allShown = false;
            } else {
                target.setErrorMessage(getTranslation(error.getValue()));
                target.setInvalid(true);
            }
        }
        getContent().setOpened(true);
        return allShown;
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
