package org.comptoir.attraction.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import java.util.Set;
import org.comptoir.attraction.AttractionDetails;
import org.comptoir.attraction.AttractionInvalid;
import org.comptoir.attraction.AttractionService;
import org.comptoir.base.RuleViolation;
import org.comptoir.base.ui.ActOnce;
import org.comptoir.base.ui.UnsavedChanges;
import org.comptoir.reference.ListKind;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.security.AppRoles;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.TransactionException;

/**
 * Adds an attraction or changes one (admins). On a refusal the form stays as typed, each problem next
 * to its field; when someone else saved the attraction meanwhile, it says so. Saving shows the
 * attraction's page.
 */
@Route(AttractionEditView.NEW_ROUTE)
@RouteAlias(AttractionEditView.EDIT_ROUTE)
@RolesAllowed(AppRoles.ADMIN)
class AttractionEditView extends Div implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    static final String NEW_ROUTE = "attractions/new";
    static final String EDIT_ROUTE = "attractions/:id([0-9]+)/edit";

    final Button save = new Button();
    final Button cancel = new Button();
    final Span status = new Span();

    @Nullable
    AttractionForm form;

    private final AttractionService attractions;
    private final ReferenceListService lists;
    private @Nullable AttractionDetails existing;
    private QueryParameters listParameters = QueryParameters.empty();
    private UnsavedChanges changes = UnsavedChanges.none();

    AttractionEditView(AttractionService attractions, ReferenceListService lists) {
        this.attractions = attractions;
        this.lists = lists;
        addClassName("attraction-edit");
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ActOnce.onClick(save, this::save);
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        save.setTooltipText(getTranslation("desk.save.shortcut"));
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(e -> leave(existing == null ? null : existing.id()));
        status.addClassName("save-status");
    }

    static String editRoute(long id) {
        return "attractions/" + id + "/edit";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        listParameters = event.getLocation().getQueryParameters();
        var id = event.getRouteParameters().getLong("id");
        removeAll();
        existing = id.flatMap(attractions::find).orElse(null);
        if (id.isPresent() && existing == null) {
            form = null;
            var missing = new Paragraph(getTranslation("attraction.not-found"));
            missing.addClassName("card");
            add(missing);
            return;
        }
        // the active interests, and a retired one only where this attraction still has it
        var kept = existing == null ? Set.<Long>of() : existing.interestIds();
        var interests = lists.items(ListKind.INTEREST, true).stream()
                .filter(i -> i.active() || kept.contains(i.id()))
                .toList();
        form = new AttractionForm(interests);
        if (existing != null) {
            form.setDraft(existing.toDraft());
        }
        changes = UnsavedChanges.watch(form);
        var actions = new Div(save, cancel, status);
        actions.addClassName("form-actions");
        var card = new Div(form, actions);
        card.addClassNames("card", "form-card");
        add(card);
    }

    private void save() {
        status.setText("");
        status.removeClassName("error");
        var shown = Objects.requireNonNull(form);
        shown.draft()
                .ifPresentOrElse(
                        draft -> {
                            try {
                                var saved = attractions.save(draft);
                                Notification.show(
                                                getTranslation("attractions.saved", saved.name(getLocale())),
                                                2500,
                                                Notification.Position.BOTTOM_START)
                                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                                changes.saved();
                                leave(saved.id());
                            } catch (AttractionInvalid invalid) {
                                shown.showErrors(invalid.fieldErrors());
                                error(getTranslation("attraction.invalid"));
                            } catch (ObjectOptimisticLockingFailureException conflict) {
                                error(getTranslation("attractions.conflict"));
                            } catch (RuleViolation violation) {
                                error(getTranslation(violation.messageKey(), violation.arguments()));
                            } catch (AccessDeniedException denied) {
                                error(getTranslation("error.denied"));
                            } catch (DataAccessException | TransactionException unreachable) {
                                error(getTranslation("attractions.not-saved"));
                            }
                        },
                        () -> error(getTranslation("attraction.invalid")));
    }

    private void error(String message) {
        status.setText(message);
        status.addClassName("error");
    }

    private void leave(@Nullable Long id) {
        getUI().ifPresent(ui ->
                ui.navigate(id == null ? AttractionsView.ROUTE : AttractionDetailView.route(id), listParameters));
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
        return existing == null
                ? getTranslation("attractions.new")
                : getTranslation("attractions.edit.title", existing.name(getLocale()));
    }
}
