package org.comptoir.followup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Objects;
import java.util.function.Supplier;
import org.comptoir.base.ComptoirProperties;
import org.comptoir.base.RuleViolation;
import org.comptoir.base.ui.ActOnce;
import org.comptoir.base.ui.HistoryGrids;
import org.comptoir.base.ui.MailStatus;
import org.comptoir.contact.ContactDetails;
import org.comptoir.contact.ContactService;
import org.comptoir.followup.FollowUpDetails;
import org.comptoir.followup.FollowUpHistoryEntry;
import org.comptoir.followup.FollowUpService;
import org.comptoir.followup.FollowUpStatus;
import org.comptoir.followup.MailLogEntry;
import org.comptoir.followup.MailResult;
import org.comptoir.reference.Countries;
import org.comptoir.security.AppRoles;
import org.comptoir.visit.InteractionDetails;
import org.comptoir.visit.InteractionSheets;
import org.comptoir.visit.VisitService;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * One follow-up ({@code follow-ups/42}): the interaction it came from, the visitor's contact details (each
 * showing is written in the personal-data audit), what was asked, what to do next, its history and the
 * e-mails sent. A mail that did not go says so and can be sent again in one click.
 */
@Route(FollowUpsView.ROUTE + "/:followUpId")
@RolesAllowed({AppRoles.COUNSELLOR, AppRoles.DIRECTOR, AppRoles.ADMIN})
class FollowUpView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    final Span heading = new Span();
    final Div summary = new Div();
    final Div interactionCard = new Div();
    final Div contactCard = new Div();
    final Button sendSheet = new Button();
    final Button writeAnswer = new Button();
    final Button done = new Button();
    final Button cancel = new Button();
    final Button reopen = new Button();
    final DatePicker dueDate = new DatePicker();
    final Button changeDue = new Button();
    final ComboBox<String> owner = new ComboBox<>();
    final Button reassign = new Button();
    final Span mailSetup = new Span();
    final MailStatus mailStatus = new MailStatus();
    final Grid<FollowUpHistoryEntry> history = new Grid<>();
    final Grid<MailLogEntry> mails = new Grid<>();
    final Div body = new Div();
    final Paragraph missing = new Paragraph();

    private final FollowUpService followUps;
    private final ContactService contacts;
    private final VisitService visits;
    private final Countries countries;
    private final ZoneId zone;
    private final boolean manager;
    private final AnswerDialog answerDialog;
    private @Nullable FollowUpDetails followUp;
    private @Nullable ContactDetails contact;
    private boolean hasPicks;
    private boolean sheetSendable;

    FollowUpView(
            FollowUpService followUps,
            ContactService contacts,
            VisitService visits,
            Countries countries,
            ComptoirProperties properties) {
        this.followUps = followUps;
        this.contacts = contacts;
        this.visits = visits;
        this.countries = countries;
        this.zone = properties.timeZone();
        this.manager = followUps.seesEveryone();
        this.answerDialog = new AnswerDialog((subject, text) -> send(() -> followUps.sendAnswer(id(), subject, text)));
        addClassName("follow-up-view");

        var back = new Anchor(FollowUpsView.ROUTE, getTranslation("followup.back"));
        back.addClassName("back-link");
        heading.addClassName("follow-up-heading");
        summary.addClassName("follow-up-summary");
        interactionCard.addClassName("card");
        contactCard.addClassName("card");
        var cards = new Div(interactionCard, contactCard);
        cards.addClassName("follow-up-cards");

        configureActions();
        var mailActions = new Div(sendSheet, writeAnswer, mailSetup);
        mailActions.addClassName("follow-up-actions");
        var statusActions = new Div(done, cancel, reopen);
        statusActions.addClassName("follow-up-actions");
        var dueRow = new Div(dueDate, changeDue);
        dueRow.addClassName("follow-up-change");
        var ownerRow = new Div(owner, reassign);
        ownerRow.addClassName("follow-up-change");
        ownerRow.setVisible(manager);
        var actionsCard = new Div(
                new H3(getTranslation("followup.actions")), mailActions, mailStatus, statusActions, dueRow, ownerRow);
        actionsCard.addClassName("card");

        configureHistory();
        var historyCard =
                new Div(new H3(getTranslation("followup.history")), history, new H3(getTranslation("mail.log")), mails);
        historyCard.addClassName("card");

        body.add(heading, summary, cards, actionsCard, historyCard);
        body.addClassName("follow-up-body");
        missing.setVisible(false);
        add(back, missing, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("followUpId");
        try {
            followUp = id.flatMap(followUps::find).orElse(null);
        } catch (AccessDeniedException notYours) {
            followUp = null;
            show(getTranslation("followup.not-allowed"));
            return;
        }
        if (followUp == null) {
            show(getTranslation("followup.gone"));
            return;
        }
        var current = followUp;
        // shown once per opening, and written in the personal-data audit
        contact = current.contactId() == null ? null : viewContact(current.contactId());
        showInteraction(visits.find(current.interactionId()).orElse(null));
        showContact();
        refresh(current);
    }

    /** The visitor's details, or none when they were erased meanwhile (a rights request, the retention). */
    private @Nullable ContactDetails viewContact(long contactId) {
        try {
            return contacts.view(contactId);
        } catch (RuleViolation gone) {
            return null;
        }
    }

    private void show(String problem) {
        missing.setText(problem);
        missing.setVisible(true);
        body.setVisible(false);
    }

    private void configureActions() {
        sendSheet.setText(getTranslation("mail.send-sheet"));
        sendSheet.setIcon(VaadinIcon.ENVELOPE_O.create());
        sendSheet.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ActOnce.onClick(sendSheet, () -> send(() -> followUps.sendSheet(id())), () -> sheetSendable);
        writeAnswer.setText(getTranslation("mail.write-answer"));
        writeAnswer.setIcon(VaadinIcon.PENCIL.create());
        writeAnswer.addClickListener(e -> answerDialog.open());
        mailSetup.addClassName("mail-setup");
        done.setText(getTranslation("followup.done"));
        done.setIcon(VaadinIcon.CHECK.create());
        done.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        ActOnce.onClick(done, () -> act(() -> followUps.done(id(), version()), "followup.done.saved"));
        cancel.setText(getTranslation("followup.cancel"));
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        ActOnce.onClick(cancel, () -> act(() -> followUps.cancel(id(), version()), "followup.cancel.saved"));
        reopen.setText(getTranslation("followup.reopen"));
        ActOnce.onClick(reopen, () -> act(() -> followUps.reopen(id(), version()), "followup.reopen.saved"));
        dueDate.setLabel(getTranslation("followup.due"));
        dueDate.setLocale(getLocale());
        changeDue.setText(getTranslation("followup.due.change"));
        ActOnce.onClick(changeDue, () -> {
            if (dueDate.getValue() == null) {
                dueDate.setErrorMessage(getTranslation("followup.due.required"));
                dueDate.setInvalid(true);
                return;
            }
            act(() -> followUps.changeDueDate(id(), version(), dueDate.getValue()), "followup.due.saved");
        });
        owner.setLabel(getTranslation("followup.owner"));
        if (manager) {
            owner.setItems(followUps.possibleOwners());
        }
        reassign.setText(getTranslation("followup.reassign"));
        ActOnce.onClick(reassign, () -> {
            if (owner.getValue() != null) {
                act(() -> followUps.reassign(id(), version(), owner.getValue()), "followup.reassign.saved");
            }
        });
    }

    private void configureHistory() {
        HistoryGrids.history(
                history,
                zone,
                FollowUpHistoryEntry::at,
                FollowUpHistoryEntry::byUser,
                h -> getTranslation("followup.action." + h.action().name()),
                FollowUpHistoryEntry::detail);
        HistoryGrids.log(mails, zone, MailLogEntry::at);
        mails.addColumn(m -> getTranslation("mail.kind." + m.kind().name()))
                .setHeader(getTranslation("mail.kind"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        mails.addColumn(MailLogEntry::subject)
                .setHeader(getTranslation("mail.subject"))
                .setFlexGrow(2);
        mails.addColumn(m -> getTranslation(m.sent() ? "mail.sent" : "mail.failed"))
                .setHeader(getTranslation("mail.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        mails.setEmptyStateText(getTranslation("mail.none"));
    }

    private void refresh(FollowUpDetails current) {
        followUp = current;
        heading.removeAll();
        var status =
                new Span(getTranslation("followup.status." + current.status().name()));
        status.addClassName(current.status() == FollowUpStatus.OPEN ? "badge-ok" : "badge-off");
        heading.add(new Span(getTranslation("followup.kind." + current.kind().name())), status);
        if (current.overdue()) {
            var mark = new Span(VaadinIcon.EXCLAMATION_CIRCLE.create(), new Span(getTranslation("followup.overdue")));
            mark.addClassName("overdue-mark");
            heading.add(mark);
        }
        summary.setText(
                getTranslation("followup.summary", FollowUpsView.DAY.format(current.dueDate()), current.owner()));
        var open = current.status() == FollowUpStatus.OPEN;
        var mailReady = followUps.mailReady();
        var email = contact != null && contact.email() != null && contact.consentReply();
        mailSetup.setText(
                !mailReady ? getTranslation("mail.not-configured") : !email ? getTranslation("mail.no-address") : "");
        mailSetup.setVisible(!mailReady || !email);
        sheetSendable = open && mailReady && email && hasPicks;
        sendSheet.setEnabled(sheetSendable);
        sendSheet.setTooltipText(hasPicks ? null : getTranslation("mail.no-picks"));
        writeAnswer.setEnabled(open && mailReady && email);
        done.setVisible(open);
        cancel.setVisible(open);
        reopen.setVisible(!open);
        dueDate.setValue(current.dueDate());
        dueDate.setInvalid(false);
        if (manager) {
            owner.setValue(current.owner());
        }
        history.setItems(followUps.history(current.id()));
        mails.setItems(followUps.mails(current.id()));
    }

    private void showInteraction(@Nullable InteractionDetails interaction) {
        interactionCard.removeAll();
        interactionCard.add(new H3(getTranslation("followup.interaction")));
        hasPicks = interaction != null && !interaction.pickIds().isEmpty();
        if (interaction == null) {
            interactionCard.add(new Paragraph(getTranslation("followup.interaction.gone")));
            return;
        }
        var parts = new ArrayList<String>();
        parts.add(FollowUpsView.WHEN.format(interaction.occurredAt()));
        parts.add(getTranslation("Channel." + interaction.channel().name()));
        if (interaction.country() != null) {
            parts.add(countries
                    .find(interaction.country())
                    .map(c -> c.name(getLocale()))
                    .orElse(interaction.country()));
        }
        parts.add(getTranslation("followup.persons", interaction.persons()));
        if (interaction.language() != null) {
            parts.add(getTranslation(
                    "ConversationLanguage." + interaction.language().name()));
        }
        interactionCard.add(new Paragraph(String.join(" · ", parts)));
        if (hasPicks) {
            var sheet = new Anchor(
                    InteractionSheets.path(interaction.id()),
                    getTranslation("followup.picks", interaction.pickIds().size()));
            sheet.setTarget(AnchorTarget.BLANK);
            sheet.setRouterIgnore(true);
            interactionCard.add(new Paragraph(sheet));
        }
        if (interaction.note() != null) {
            interactionCard.add(new Paragraph(interaction.note()));
        }
        if (followUp != null && followUp.note() != null) {
            var asked = new Paragraph(getTranslation("followup.asked", followUp.note()));
            asked.addClassName("follow-up-note");
            interactionCard.add(asked);
        }
    }

    private void showContact() {
        contactCard.removeAll();
        contactCard.add(new H3(getTranslation("followup.contact")));
        var shown = contact;
        if (shown == null) {
            contactCard.add(new Paragraph(getTranslation("followup.contact.none")));
            return;
        }
        var list = new Div();
        list.addClassName("contact-list");
        line(list, "contact.name", shown.name());
        line(list, "contact.email", shown.email());
        line(list, "contact.phone", shown.phone());
        line(list, "contact.postal-code", shown.postalCode());
        var purposes = new ArrayList<String>();
        if (shown.consentReply()) {
            purposes.add(getTranslation("contact.consent.reply"));
        }
        if (shown.consentNewsletter()) {
            purposes.add(getTranslation("contact.consent.newsletter"));
        }
        line(list, "contact.consented-to", String.join(" ; ", purposes));
        var consent = new Paragraph(getTranslation(
                "contact.consent.recorded",
                FollowUpsView.WHEN.format(shown.consentedAt().atZone(zone)),
                shown.consentedBy(),
                shown.consentWordingVersion()));
        consent.addClassName("consent-version");
        contactCard.add(list, consent);
    }

    private void line(Div list, String labelKey, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        var label = new Span(getTranslation(labelKey));
        label.addClassName("contact-label");
        var text = new Span(value);
        text.addClassName("contact-value");
        list.add(label, text);
    }

    /** Sends a mail; a failure stays on screen with a button that tries the same again. */
    private void send(Supplier<MailResult> sending) {
        mailStatus.clear();
        MailResult result;
        try {
            result = sending.get();
        } catch (RuleViolation refused) {
            error(getTranslation(refused.messageKey(), refused.arguments()));
            return;
        }
        mailStatus.show(result.sent(), () -> send(sending));
        reload();
    }

    private void act(Supplier<FollowUpDetails> action, String savedKey) {
        try {
            refresh(action.get());
            Notification.show(getTranslation(savedKey), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RuleViolation refused) {
            if (refused.messageKey().startsWith("followup.due.")) {
                dueDate.setErrorMessage(getTranslation(refused.messageKey()));
                dueDate.setInvalid(true);
            } else {
                error(getTranslation(refused.messageKey(), refused.arguments()));
            }
        } catch (OptimisticLockingFailureException conflict) {
            error(getTranslation("followup.conflict"));
        }
    }

    private void reload() {
        followUps.find(id()).ifPresent(this::refresh);
    }

    private static void error(String message) {
        Notification.show(message, 6000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private long id() {
        return Objects.requireNonNull(followUp).id();
    }

    private long version() {
        return Objects.requireNonNull(followUp).version();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("followup.title");
    }
}
