package org.comptoir.visit.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import org.comptoir.base.RuleViolation;
import org.comptoir.base.ui.ActOnce;
import org.comptoir.base.ui.UnsavedChanges;
import org.comptoir.reference.Countries;
import org.comptoir.reference.Departements;
import org.comptoir.reference.ListKind;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.security.AppRoles;
import org.comptoir.security.CurrentUser;
import org.comptoir.visit.InteractionInvalid;
import org.comptoir.visit.VisitService;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.TransactionException;

/**
 * Corrects a saved interaction: a counsellor their own of today, directors and admins any. Says who
 * changed it in the meantime when two people edit at once.
 */
@Route("interactions/:id/edit")
@RolesAllowed({AppRoles.COUNSELLOR, AppRoles.DIRECTOR, AppRoles.ADMIN, AppRoles.NETWORK})
class InteractionEditView extends Div implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    final Button save = new Button();
    final Button cancel = new Button();
    final Span status = new Span();
    /** Directors and admins: why an interaction moves to a date older than the desk's days back (audited). */
    final TextField dateReason = new TextField();

    InteractionForm form;

    private final VisitService visits;
    private final ReferenceListService lists;
    private final Countries countries;
    private final Departements departements;
    private String back = "desk";
    private UnsavedChanges changes = UnsavedChanges.none();

    InteractionEditView(
            VisitService visits, ReferenceListService lists, Countries countries, Departements departements) {
        this.visits = visits;
        this.lists = lists;
        this.countries = countries;
        this.departements = departements;
        addClassName("edit-view");
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ActOnce.onClick(save, this::save);
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        save.setTooltipText(getTranslation("desk.save.shortcut"));
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(e -> leave());
        status.addClassName("save-status");
        dateReason.setLabel(getTranslation("edit.date-reason"));
        dateReason.setHelperText(getTranslation("edit.date-reason.help"));
        dateReason.setMaxLength(200);
        dateReason.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        back = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("back")
                .filter(b -> b.equals("desk") || b.equals("history"))
                .orElse("desk");
        var interaction = event.getRouteParameters().getLong("id").flatMap(visits::find);
        removeAll();
        if (interaction.isEmpty()) {
            add(new Paragraph(getTranslation("interaction.not-found")));
            return;
        }
        var details = interaction.get();
        if (!visits.mayChange(details)) {
            add(new Paragraph(getTranslation("edit.not-allowed")));
            return;
        }
        form = new InteractionForm(
                countries,
                departements,
                visits.mostFrequentCountries(details.deskId()),
                lists.items(ListKind.INTEREST, true),
                lists.items(ListKind.QUESTION, true),
                visits::officeNow);
        form.setDraft(details.toDraft());
        form.more.setOpened(true);
        changes = UnsavedChanges.watch(form);
        changes.watchAlso(dateReason);
        var heading =
                new Paragraph(getTranslation("edit.heading", WHEN.format(details.occurredAt()), details.counsellor()));
        heading.addClassName("edit-heading");
        var actions = new Div(save, cancel, status);
        actions.addClassName("form-actions");
        var card = new Div(heading, form);
        if (CurrentUser.isManager()) {
            card.add(dateReason);
        }
        card.add(actions);
        card.addClassName("card");
        card.addClassName("form-card");
        add(card);
    }

    private void save() {
        status.setText("");
        form.draft().ifPresent(draft -> {
            try {
                visits.save(draft, dateReason.getValue());
                Notification.show(getTranslation("edit.saved"), 2500, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                changes.saved();
                leave();
            } catch (InteractionInvalid invalid) {
                form.showErrors(invalid.fieldErrors());
                status.setText(getTranslation("interaction.invalid"));
            } catch (RuleViolation violation) {
                status.setText(getTranslation(violation.messageKey(), violation.arguments()));
            } catch (AccessDeniedException denied) {
                status.setText(getTranslation("edit.not-allowed"));
            } catch (DataAccessException | TransactionException unreachable) {
                status.setText(getTranslation("desk.not-saved"));
            }
        });
    }

    private void leave() {
        getUI().ifPresent(ui -> ui.navigate(back));
    }

    /** Leaving with changes not saved (a menu link, Cancel, Back) asks first. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (changes.changed()) {
            var action = event.postpone();
            changes.confirmThen(action::proceed);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("edit.title");
    }
}
