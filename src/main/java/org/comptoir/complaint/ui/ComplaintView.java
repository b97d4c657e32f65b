package org.comptoir.complaint.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
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
import org.comptoir.attraction.AttractionService;
import org.comptoir.base.ComptoirProperties;
import org.comptoir.base.RuleViolation;
import org.comptoir.base.ui.ActOnce;
import org.comptoir.base.ui.DatePickers;
import org.comptoir.base.ui.HistoryGrids;
import org.comptoir.base.ui.MailStatus;
import org.comptoir.complaint.ComplaintDetails;
import org.comptoir.complaint.ComplaintHistoryEntry;
import org.comptoir.complaint.ComplaintService;
import org.comptoir.complaint.ComplaintStatus;
import org.comptoir.followup.MailLogEntry;
import org.comptoir.followup.MailResult;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.security.AppRoles;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * One complaint ({@code complaints/42}): what was said, by which channel, about whom; the visitor's contact details
 * (given with consent); the answer; the next steps its status allows; its history and e-mails. An e-mailed answer
 * that did not go says so and can be sent again in one click. Read only for whoever may not manage it.
 */
@Route(ComplaintsView.ROUTE + "/:complaintId")
@RolesAllowed({AppRoles.COUNSELLOR, AppRoles.DIRECTOR, AppRoles.ADMIN})
class ComplaintView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    final Span heading = new Span();
    final Paragraph summary = new Paragraph();
    final Div description = new Div();
    final Div contactCard = new Div();
    final Div answerCard = new Div();
    final Div actionsCard = new Div();
    final Paragraph readOnly = new Paragraph();
    final Button acknowledge = new Button();
    final Button writeAnswer = new Button();
    final Button close = new Button();
    final Button closeUnanswered = new Button();
    final DatePicker dueDate = new DatePicker();
    final Button changeDue = new Button();
    final ComboBox<String> owner = new ComboBox<>();
    final Button reassign = new Button();
    final MailStatus mailStatus = new MailStatus();
    final Grid<ComplaintHistoryEntry> history = new Grid<>();
    final Grid<MailLogEntry> mails = new Grid<>();
    final Div body = new Div();
    final Paragraph missing = new Paragraph();

    private final ComplaintService complaints;
    private final AttractionService attractions;
    private final ReferenceListService desks;
    private final ZoneId zone;
    private final boolean manager;
    private @Nullable ComplaintDetails complaint;

    ComplaintView(
            ComplaintService complaints,
            AttractionService attractions,
            ReferenceListService desks,
            ComptoirProperties properties) {
        this.complaints = complaints;
        this.attractions = attractions;
        this.desks = desks;
        this.zone = properties.timeZone();
        this.manager = complaints.seesEveryone();
        addClassName("complaint-view");

        var back = new Anchor(ComplaintsView.ROUTE, getTranslation("complaint.back"));
        back.addClassName("back-link");
        heading.addClassName("complaint-heading");
        var descriptionCard = new Div(new H3(getTranslation("complaint.description")), description);
        descriptionCard.addClassName("card");
        contactCard.addClassName("card");
        answerCard.addClassName("card");
        var cards = new Div(descriptionCard, contactCard);
        cards.addClassName("complaint-cards");

        configureActions();
        var statusActions = new Div(acknowledge, writeAnswer, close, closeUnanswered);
        statusActions.addClassName("complaint-actions");
        var dueRow = new Div(dueDate, changeDue);
        dueRow.addClassName("complaint-change");
        var ownerRow = new Div(owner, reassign);
        ownerRow.addClassName("complaint-change");
        ownerRow.setVisible(manager);
        readOnly.setText(getTranslation("complaint.read-only"));
        readOnly.addClassName("complaint-read-only");
        actionsCard.add(new H3(getTranslation("complaint.actions")), statusActions, mailStatus, dueRow, ownerRow);
        actionsCard.addClassName("card");

        configureHistory();
        var historyCard =
                new Div(new H3(getTranslation("followup.history")), history, new H3(getTranslation("mail.log")), mails);
        historyCard.addClassName("card");

        body.add(heading, summary, cards, answerCard, readOnly, actionsCard, historyCard);
        body.addClassName("complaint-body");
        missing.setVisible(false);
        add(back, missing, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("complaintId");
        try {
            complaint = id.flatMap(complaints::find).orElse(null);
        } catch (AccessDeniedException notYours) {
            complaint = null;
            show(getTranslation("complaint.not-allowed"));
            return;
        }
        if (complaint == null) {
            show(getTranslation("complaint.gone"));
            return;
        }
        refresh(complaint);
    }

    private void show(String problem) {
        missing.setText(problem);
        missing.setVisible(true);
        body.setVisible(false);
    }

    private void configureActions() {
        acknowledge.setText(getTranslation("complaint.acknowledge"));
        acknowledge.setIcon(VaadinIcon.CHECK.create());
        ActOnce.onClick(
                acknowledge, () -> act(() -> complaints.acknowledge(id(), version()), "complaint.acknowledge.saved"));
        writeAnswer.setText(getTranslation("complaint.answer.write"));
        writeAnswer.setIcon(VaadinIcon.PENCIL.create());
        writeAnswer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        writeAnswer.addClickListener(e -> new ComplaintAnswerDialog(
                        Objects.requireNonNull(complaint), complaints.mailReady(), (text, channel) -> {
                            try {
                                var answered = complaints.answer(id(), version(), text, channel);
                                refresh(answered.complaint());
                                notice("complaint.answer.saved");
                                if (answered.mail() != null) {
                                    mailOutcome(answered.mail());
                                }
                                return true;
                            } catch (RuleViolation refused) {
                                error(getTranslation(refused.messageKey(), refused.arguments()));
                                return false;
                            } catch (OptimisticLockingFailureException conflict) {
                                error(getTranslation("complaint.conflict"));
                                return false;
                            }
                        })
                .open());
        close.setText(getTranslation("complaint.close"));
        close.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        ActOnce.onClick(close, () -> act(() -> complaints.close(id(), version()), "complaint.close.saved"));
        closeUnanswered.setText(getTranslation("complaint.close-unanswered"));
        closeUnanswered.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        closeUnanswered.addClickListener(e -> new ReasonDialog(reason -> {
                    act(() -> complaints.closeUnanswered(id(), version(), reason), "complaint.close.saved");
                    return Objects.requireNonNull(complaint).status() == ComplaintStatus.CLOSED;
                })
                .open());
        dueDate.setLabel(getTranslation("complaint.due"));
        dueDate.setI18n(DatePickers.i18n(getLocale()));
        changeDue.setText(getTranslation("complaint.due.change"));
        ActOnce.onClick(changeDue, () -> {
            if (dueDate.getValue() == null) {
                dueDate.setErrorMessage(getTranslation("complaint.due.required"));
                dueDate.setInvalid(true);
                return;
            }
            act(() -> complaints.changeDueDate(id(), version(), dueDate.getValue()), "complaint.due.saved");
        });
        owner.setLabel(getTranslation("complaint.owner"));
        if (manager) {
            owner.setItems(complaints.possibleOwners());
        }
        reassign.setText(getTranslation("complaint.reassign"));
        ActOnce.onClick(reassign, () -> {
            if (owner.getValue() != null) {
                act(() -> complaints.reassign(id(), version(), owner.getValue()), "complaint.reassign.saved");
            }
        });
    }

    private void configureHistory() {
        HistoryGrids.history(
                history,
                zone,
                ComplaintHistoryEntry::at,
                ComplaintHistoryEntry::byUser,
                h -> getTranslation("complaint.action." + h.action().name()),
                ComplaintHistoryEntry::detail);
        HistoryGrids.log(mails, zone, MailLogEntry::at);
        mails.addColumn(MailLogEntry::subject)
                .setHeader(getTranslation("mail.subject"))
                .setFlexGrow(2);
        mails.addColumn(m -> getTranslation(m.sent() ? "mail.sent" : "mail.failed"))
                .setHeader(getTranslation("mail.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        mails.setEmptyStateText(getTranslation("mail.none"));
    }

    private void refresh(ComplaintDetails current) {
        complaint = current;
        heading.removeAll();
        var status =
                new Span(getTranslation("complaint.status." + current.status().name()));
        status.addClassName(current.status().awaitingAnswer() ? "badge-ok" : "badge-off");
        heading.add(
                new Span(getTranslation("complaint.kind." + current.kind().name()) + " · "
                        + getTranslation(
                                "complaint.category." + current.category().name())),
                status);
        if (current.overdue()) {
            var mark = new Span(VaadinIcon.EXCLAMATION_CIRCLE.create(), new Span(getTranslation("complaint.overdue")));
            mark.addClassName("overdue-mark");
            heading.add(mark);
        }
        summary.setText(getTranslation(
                "complaint.summary",
                ComplaintsView.DAY.format(current.receivedOn()),
                getTranslation("complaint.channel." + current.channel().name()),
                ComplaintsView.DAY.format(current.dueDate()),
                current.owner()));
        showDescription(current);
        showContact(current);
        showAnswer(current);

        var managing = complaints.mayManage(current);
        var awaiting = current.status().awaitingAnswer();
        readOnly.setVisible(!managing);
        actionsCard.setVisible(managing && current.status() != ComplaintStatus.CLOSED);
        acknowledge.setVisible(current.status() == ComplaintStatus.RECEIVED);
        writeAnswer.setVisible(awaiting);
        close.setVisible(current.status() == ComplaintStatus.ANSWERED);
        closeUnanswered.setVisible(awaiting && !current.hasContact());
        dueDate.setValue(current.dueDate());
        dueDate.setInvalid(false);
        dueDate.setEnabled(awaiting);
        changeDue.setEnabled(awaiting);
        if (manager) {
            owner.setValue(current.owner());
        }
        history.setItems(complaints.history(current.id()));
        mails.setItems(complaints.mails(current.id()));
    }

    private void showDescription(ComplaintDetails current) {
        description.removeAll();
        var about = new ArrayList<String>();
        about.add(getTranslation("complaint.subject." + current.subject().name()));
        if (current.attractionId() != null) {
            attractions.find(current.attractionId()).ifPresent(a -> about.add(a.name(getLocale())));
        }
        if (current.partnerName() != null) {
            about.add(current.partnerName());
        }
        if (current.deskId() != null) {
            desks.find(current.deskId(), getLocale()).ifPresent(d -> about.add(d.name()));
        }
        description.add(new Paragraph(String.join(" · ", about)));
        var text = new Paragraph(
                current.description() == null ? getTranslation("complaint.contact.erased") : current.description());
        text.addClassName("complaint-text");
        description.add(text);
    }

    private void showContact(ComplaintDetails current) {
        contactCard.removeAll();
        contactCard.add(new H3(getTranslation("complaint.contact")));
        if (current.personalDataErased()) {
            contactCard.add(new Paragraph(getTranslation("complaint.contact.erased")));
            return;
        }
        if (current.consentedAt() == null) {
            contactCard.add(new Paragraph(getTranslation("complaint.contact.none")));
            return;
        }
        var list = new Div();
        list.addClassName("contact-list");
        line(list, "contact.name", current.contactName());
        line(list, "contact.email", current.contactEmail());
        line(list, "contact.phone", current.contactPhone());
        var consent = new Paragraph(getTranslation(
                "complaint.contact.consented",
                ComplaintsView.WHEN.format(current.consentedAt().atZone(zone)),
                current.consentWordingVersion()));
        consent.addClassName("consent-version");
        contactCard.add(list, consent);
    }

    private void showAnswer(ComplaintDetails current) {
        answerCard.removeAll();
        answerCard.setVisible(current.answeredOn() != null);
        if (current.answeredOn() == null) {
            return;
        }
        answerCard.add(new H3(getTranslation("complaint.answer")));
        answerCard.add(new Paragraph(getTranslation(
                "complaint.answer.given",
                ComplaintsView.DAY.format(current.answeredOn()),
                current.answerChannel() == null
                        ? ""
                        : getTranslation(
                                "complaint.channel." + current.answerChannel().name()))));
        if (current.answer() != null) {
            var text = new Paragraph(current.answer());
            text.addClassName("complaint-text");
            answerCard.add(text);
        }
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

    /** What became of the e-mailed answer; a failure stays on screen with a button that sends it again. */
    private void mailOutcome(MailResult result) {
        mailStatus.show(result.sent(), this::resend);
        // the mail's outcome stays readable even when the answer's actions are done
        actionsCard.setVisible(true);
    }

    private void resend() {
        try {
            var result = complaints.resendAnswer(id());
            complaints.find(id()).ifPresent(this::refresh);
            mailOutcome(result);
        } catch (RuleViolation refused) {
            error(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    private void act(Supplier<ComplaintDetails> action, String savedKey) {
        try {
            refresh(action.get());
            notice(savedKey);
        } catch (RuleViolation refused) {
            if (refused.messageKey().startsWith("complaint.due.")) {
                dueDate.setErrorMessage(getTranslation(refused.messageKey()));
                dueDate.setInvalid(true);
            } else {
                error(getTranslation(refused.messageKey(), refused.arguments()));
            }
        } catch (OptimisticLockingFailureException conflict) {
            error(getTranslation("complaint.conflict"));
        }
    }

    private void notice(String key) {
        Notification.show(getTranslation(key), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private static void error(String message) {
        Notification.show(message, 6000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private long id() {
        return Objects.requireNonNull(complaint).id();
    }

    private long version() {
        return Objects.requireNonNull(complaint).version();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("complaint.title");
    }
}
