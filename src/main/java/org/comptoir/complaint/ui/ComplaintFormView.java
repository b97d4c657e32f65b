package org.comptoir.complaint.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.comptoir.attraction.AttractionDetails;
import org.comptoir.attraction.AttractionFilter;
import org.comptoir.attraction.AttractionService;
import org.comptoir.attraction.AttractionSort;
import org.comptoir.base.ComptoirProperties;
import org.comptoir.base.RuleViolation;
import org.comptoir.base.ui.ActOnce;
import org.comptoir.base.ui.DatePickers;
import org.comptoir.complaint.ComplaintCategory;
import org.comptoir.complaint.ComplaintChannel;
import org.comptoir.complaint.ComplaintDraft;
import org.comptoir.complaint.ComplaintKind;
import org.comptoir.complaint.ComplaintService;
import org.comptoir.complaint.ComplaintSubject;
import org.comptoir.contact.Consent;
import org.comptoir.contact.ContactRules;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.security.AppRoles;
import org.comptoir.security.DeskDirectory.DeskOption;
import org.comptoir.security.OfficeScope;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/**
 * Records a complaint or a suggestion ({@code complaints/new}). The visitor's contact details are asked for only
 * once the consent box is ticked, the wording to read out shown above them; what was typed stays on screen when the
 * save is refused.
 */
@Route(ComplaintFormView.ROUTE)
@RolesAllowed({AppRoles.COUNSELLOR, AppRoles.DIRECTOR, AppRoles.ADMIN})
class ComplaintFormView extends Div implements HasDynamicTitle {

    static final String ROUTE = ComplaintsView.ROUTE + "/new";

    /** The form's state, written by the binder. */
    static final class Model {
        ComplaintKind kind = ComplaintKind.COMPLAINT;

        @Nullable
        LocalDate receivedOn;

        ComplaintChannel channel = ComplaintChannel.DESK;
        ComplaintSubject subject = ComplaintSubject.OFFICE;

        @Nullable
        ComplaintCategory category;

        @Nullable
        AttractionDetails attraction;

        String partnerName = "";

        @Nullable
        DeskOption desk;

        String description = "";
        boolean consented;
        String name = "";
        String email = "";
        String phone = "";

        @Nullable
        String owner;
    }

    final RadioButtonGroup<ComplaintKind> kind = new RadioButtonGroup<>();
    final DatePicker receivedOn = new DatePicker();
    final ComboBox<ComplaintChannel> channel = new ComboBox<>();
    final RadioButtonGroup<ComplaintSubject> subject = new RadioButtonGroup<>();
    final ComboBox<ComplaintCategory> category = new ComboBox<>();
    final ComboBox<AttractionDetails> attraction = new ComboBox<>();
    final TextField partnerName = new TextField();
    final ComboBox<DeskOption> desk = new ComboBox<>();
    final TextArea description = new TextArea();
    final Checkbox consent = new Checkbox();
    final Paragraph wording = new Paragraph();
    final TextField name = new TextField();
    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    final ComboBox<String> owner = new ComboBox<>();
    final Button save = new Button();

    private final ComplaintService complaints;
    private final Binder<Model> binder = new Binder<>();
    private final Model model = new Model();
    private final Div contactFields;

    ComplaintFormView(
            ComplaintService complaints,
            AttractionService attractions,
            ReferenceListService desks,
            OfficeScope scope,
            ComptoirProperties properties,
            Clock clock) {
        this.complaints = complaints;
        addClassName("complaint-form-view");
        var today = LocalDate.now(clock.withZone(properties.timeZone()));
        model.receivedOn = today;

        kind.setLabel(getTranslation("complaint.kind"));
        kind.setItems(ComplaintKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("complaint.kind." + k.name()));
        receivedOn.setLabel(getTranslation("complaint.received-on"));
        receivedOn.setI18n(DatePickers.i18n(getLocale()));
        receivedOn.setMax(today);
        channel.setLabel(getTranslation("complaint.channel"));
        channel.setItems(ComplaintChannel.values());
        channel.setItemLabelGenerator(c -> getTranslation("complaint.channel." + c.name()));
        subject.setLabel(getTranslation("complaint.subject"));
        subject.setItems(ComplaintSubject.values());
        subject.setItemLabelGenerator(s -> getTranslation("complaint.subject." + s.name()));
        category.setLabel(getTranslation("complaint.category"));
        category.setItemLabelGenerator(c -> getTranslation("complaint.category." + c.name()));
        category.setItems(ComplaintCategory.of(ComplaintSubject.OFFICE));
        attraction.setLabel(getTranslation("complaint.attraction"));
        attraction.setItemLabelGenerator(a -> a.name(getLocale()));
        attraction.setClearButtonVisible(true);
        attraction.setItems(query -> attractions
                .search(
                        AttractionFilter.text(query.getFilter().orElse("")),
                        AttractionSort.NAME,
                        true,
                        PageRequest.of(query.getPage(), query.getPageSize()))
                .stream());
        partnerName.setLabel(getTranslation("complaint.partner-name"));
        partnerName.setMaxLength(ComplaintDraft.MAX_PARTNER_NAME);
        desk.setLabel(getTranslation("complaint.desk"));
        // the desks of the reader's offices: a complaint belongs to its desk's office
        desk.setItems(scope.reachable(desks.activeDesks(getLocale())));
        desk.setItemLabelGenerator(DeskOption::name);
        desk.setClearButtonVisible(true);
        description.setLabel(getTranslation("complaint.description"));
        description.setMaxLength(ComplaintDraft.MAX_DESCRIPTION);
        description.setMinHeight("8em");
        consent.setLabel(getTranslation("complaint.consent"));
        wording.setText(getTranslation(
                "complaint.consent.wording", getTranslation(Consent.WORDING_KEY, properties.officeName())));
        wording.addClassName("consent-wording");
        name.setLabel(getTranslation("contact.name"));
        name.setMaxLength(ContactRules.MAX_NAME);
        email.setLabel(getTranslation("contact.email"));
        phone.setLabel(getTranslation("contact.phone"));
        owner.setLabel(getTranslation("complaint.owner"));
        owner.setVisible(complaints.seesEveryone());
        if (complaints.seesEveryone()) {
            owner.setItems(complaints.possibleOwners());
        }

        bind();
        subject.addValueChangeListener(e -> showSubject(e.getValue()));
        consent.addValueChangeListener(e -> showContact(e.getValue()));

        var form = new FormLayout(kind, receivedOn, channel, desk, subject, category, attraction, partnerName);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        var text = new FormLayout(description, consent);
        text.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        var contact = new FormLayout(name, email, phone);
        contact.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 3));
        contactFields = new Div(wording, contact);
        contactFields.addClassName("complaint-contact");
        var ownerForm = new FormLayout(owner);
        ownerForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));

        save.setText(getTranslation("complaint.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ActOnce.onClick(save, this::save);
        var cancel = new Anchor(ComplaintsView.ROUTE, getTranslation("action.cancel"));
        var actions = new Div(save, cancel);
        actions.addClassName("complaint-form-actions");
        var back = new Anchor(ComplaintsView.ROUTE, getTranslation("complaint.back"));
        back.addClassName("back-link");
        add(back, new H2(getTranslation("complaint.new.title")), form, text, contactFields, ownerForm, actions);

        binder.readBean(model);
        showSubject(ComplaintSubject.OFFICE);
        showContact(false);
    }

    private void bind() {
        binder.forField(kind).asRequired().bind(m -> m.kind, (m, v) -> m.kind = v);
        binder.forField(receivedOn)
                .asRequired(getTranslation("complaint.received-on"))
                .withValidator(
                        day -> receivedOn.getMax() == null || !day.isAfter(receivedOn.getMax()),
                        getTranslation("complaint.received.future"))
                .bind(m -> m.receivedOn, (m, v) -> m.receivedOn = v);
        binder.forField(channel).asRequired().bind(m -> m.channel, (m, v) -> m.channel = v);
        binder.forField(subject).asRequired().bind(m -> m.subject, (m, v) -> m.subject = v);
        binder.forField(category)
                .asRequired(getTranslation("complaint.category"))
                .bind(m -> m.category, (m, v) -> m.category = v);
        binder.forField(attraction).bind(m -> m.attraction, (m, v) -> m.attraction = v);
        binder.forField(partnerName).bind(m -> m.partnerName, (m, v) -> m.partnerName = v);
        binder.forField(desk).bind(m -> m.desk, (m, v) -> m.desk = v);
        binder.forField(description)
                .asRequired(getTranslation("complaint.description.required"))
                .bind(m -> m.description, (m, v) -> m.description = v);
        binder.forField(consent).bind(m -> m.consented, (m, v) -> m.consented = v);
        binder.forField(name).bind(m -> m.name, (m, v) -> m.name = v);
        binder.forField(email)
                .withValidator((value, context) -> ContactRules.emailProblem(value)
                        .map(key -> ValidationResult.error(getTranslation(key)))
                        .orElse(ValidationResult.ok()))
                .bind(m -> m.email, (m, v) -> m.email = v);
        binder.forField(phone)
                .withValidator((value, context) -> ContactRules.phoneProblem(value)
                        .map(key -> ValidationResult.error(getTranslation(key)))
                        .orElse(ValidationResult.ok()))
                .bind(m -> m.phone, (m, v) -> m.phone = v);
        binder.forField(owner).bind(m -> m.owner, (m, v) -> m.owner = v);
    }

    private void showSubject(@Nullable ComplaintSubject chosen) {
        var partner = chosen == ComplaintSubject.PARTNER;
        var kept = category.getValue();
        category.setItems(ComplaintCategory.of(partner ? ComplaintSubject.PARTNER : ComplaintSubject.OFFICE));
        if (kept != null && kept.subject() == chosen) {
            category.setValue(kept);
        }
        attraction.setVisible(partner);
        partnerName.setVisible(partner);
        if (!partner) {
            attraction.clear();
            partnerName.clear();
        }
    }

    private void showContact(boolean consented) {
        contactFields.setVisible(consented);
        if (!consented) {
            name.clear();
            email.clear();
            phone.clear();
        }
    }

    private void save() {
        if (!binder.writeBeanIfValid(model)) {
            binder.validate();
            return;
        }
        var chosen = model.attraction;
        var category =
                model.category == null ? ComplaintCategory.of(model.subject).getLast() : model.category;
        var draft = ComplaintDraft.of(model.kind, category, model.description)
                .receivedOn(model.receivedOn)
                .withChannel(model.channel)
                .aboutPartner(chosen == null ? null : chosen.id(), model.partnerName)
                .atDesk(model.desk == null ? null : model.desk.id())
                .withContact(
                        model.consented,
                        model.consented ? model.name : null,
                        model.consented ? model.email : null,
                        model.consented ? model.phone : null)
                .ownedBy(model.owner);
        try {
            var saved = complaints.record(draft);
            Notification.show(
                            getTranslation("complaint.saved", ComplaintsView.DAY.format(saved.dueDate())),
                            4000,
                            Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(ComplaintsView.ROUTE + "/" + saved.id()));
        } catch (RuleViolation refused) {
            var message = getTranslation(refused.messageKey(), refused.arguments());
            var field = refused.messageKey().startsWith("contact.email")
                    ? email
                    : refused.messageKey().startsWith("contact.phone") ? phone : null;
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
            Notification.show(message, 6000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("complaint.new.title");
    }
}
