package org.comptoir.visit.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.comptoir.base.ui.ComingSoon;
import org.comptoir.security.AppRoles;

/**
 * The desk: visitor interactions logged while the conversation happens. Its issue builds it; until then the page says what is coming.
 */
@Route("desk")
@RolesAllowed({AppRoles.COUNSELLOR})
@Menu(title = "nav.desk", order = 10, icon = "vaadin:desktop")
class DeskView extends Div implements HasDynamicTitle {

    DeskView() {
        addClassName("page");
        add(new ComingSoon("nav.desk", "coming.desk"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.desk");
    }
}
