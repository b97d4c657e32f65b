package org.comptoir.survey.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.comptoir.base.ComptoirProperties;
import org.comptoir.base.RuleViolation;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.security.AppRoles;
import org.comptoir.security.DeskDirectory.DeskOption;
import org.comptoir.survey.StartedKiosk;
import org.comptoir.survey.SurveyService;
import org.comptoir.survey.SurveySettings;
import org.comptoir.visit.VisitService;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;

/**
 * Kiosk mode: a counsellor turns the tablet of a desk into the satisfaction survey's kiosk. Starting it signs this
 * browser out, so that the kiosk holds its kiosk's token only and never the counsellor's session; leaving it needs
 * someone to sign in again ({@link KioskLeaveView}).
 */
@Route("kiosk-mode")
@RolesAllowed(AppRoles.COUNSELLOR)
@Menu(title = "survey.kiosk.nav", order = 27, icon = "vaadin:tablet")
class KioskStartView extends Div implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    final Select<DeskOption> desk = new Select<>();
    final Button start = new Button();
    final Span status = new Span();

    private final SurveyService surveys;
    private final ZoneId zone;

    KioskStartView(
            SurveyService surveys,
            SurveySettings settings,
            ReferenceListService lists,
            VisitService visits,
            ComptoirProperties properties) {
        this.surveys = surveys;
        this.zone = properties.timeZone();
        addClassName("kiosk-start-view");
        var desks = lists.activeDesks(getLocale());
        desk.setLabel(getTranslation("survey.kiosk.desk"));
        desk.setItems(desks);
        desk.setItemLabelGenerator(DeskOption::name);
        var mine = visits.defaultDeskId();
        desks.stream().filter(d -> d.id() == mine).findFirst().ifPresent(desk::setValue);
        start.setText(getTranslation("survey.kiosk.start"));
        start.setIcon(VaadinIcon.TABLET.create());
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> confirm());
        start.setEnabled(settings.enabled());
        status.addClassName("save-status");
        status.getElement().setAttribute("role", "status");
        var card = new Div(
                new Paragraph(getTranslation("survey.kiosk.explain")),
                new Paragraph(getTranslation(
                        "survey.kiosk.explain-idle",
                        settings.kioskIdle().toSeconds(),
                        TIME.format(settings.kioskUntil()))),
                desk,
                new Div(start, status));
        card.addClassName("card");
        if (!settings.enabled()) {
            status.setText(getTranslation("survey.kiosk.disabled"));
        }
        add(card);
    }

    private void confirm() {
        if (desk.getValue() == null) {
            desk.setInvalid(true);
            desk.setErrorMessage(getTranslation("survey.kiosk.desk.required"));
            return;
        }
        var dialog = new ConfirmDialog();
        dialog.addClassName("kiosk-confirm");
        dialog.setHeader(getTranslation("survey.kiosk.confirm.title"));
        dialog.setText(
                getTranslation("survey.kiosk.confirm.text", desk.getValue().name()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("survey.kiosk.start"));
        dialog.addConfirmListener(e -> startOn(desk.getValue()));
        dialog.open();
    }

    private void startOn(DeskOption chosen) {
        StartedKiosk started;
        try {
            started = surveys.startKiosk(chosen.id());
        } catch (RuleViolation refused) {
            status.setText(getTranslation("survey.kiosk.refused"));
            return;
        }
        status.setText(getTranslation(
                "survey.kiosk.started", TIME.format(started.kiosk().expiresAt().atZone(zone))));
        signOutAndOpen(KioskView.ROUTE + "/" + started.secret());
    }

    /**
     * Signs this browser out (its session ends, as with the user menu's logout), then opens the kiosk: from now on
     * the browser holds the kiosk's address, nothing else.
     */
    private static void signOutAndOpen(String kiosk) {
        var ui = UI.getCurrent();
        var request = VaadinServletRequest.getCurrent();
        var response = VaadinServletResponse.getCurrent();
        if (request != null && response != null) {
            new SecurityContextLogoutHandler()
                    .logout(
                            request.getHttpServletRequest(),
                            response.getHttpServletResponse(),
                            SecurityContextHolder.getContext().getAuthentication());
        }
        if (ui != null) {
            ui.getPage().setLocation(kiosk);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("survey.kiosk.nav");
    }
}
