package org.comptoir.survey.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.comptoir.security.AppRoles;
import org.comptoir.survey.SurveyService;

/**
 * Leaving kiosk mode: the kiosk's "staff" link leads here, which needs a signed-in person (an anonymous visitor is
 * sent to the login page, and back here once signed in). The kiosk's token stops working at once.
 */
@Route(value = KioskView.ROUTE + "/:" + KioskView.TOKEN + "/leave")
@RolesAllowed({AppRoles.COUNSELLOR, AppRoles.DIRECTOR, AppRoles.ADMIN})
class KioskLeaveView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    final Paragraph message = new Paragraph();

    private final SurveyService surveys;

    KioskLeaveView(SurveyService surveys) {
        this.surveys = surveys;
        addClassName("kiosk-leave-view");
        message.getElement().setAttribute("role", "status");
        var home = new Anchor("", getTranslation("survey.kiosk.home"));
        var card = new Div(message, home);
        card.addClassName("card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var token = event.getRouteParameters().get(KioskView.TOKEN).orElse("");
        var ended = surveys.endKiosk(token);
        message.setText(getTranslation(ended ? "survey.kiosk.ended" : "survey.kiosk.unknown"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("survey.kiosk.leave.title");
    }
}
