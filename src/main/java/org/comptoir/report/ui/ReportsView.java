package org.comptoir.report.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.comptoir.base.ui.ComingSoon;
import org.comptoir.security.AppRoles;

/**
 * Director reports: origins, recovery, length of stay, interests, desk activity, suggestions. Its issue builds it; until then the page says what is coming.
 */
@Route("reports")
@RolesAllowed({AppRoles.DIRECTOR, AppRoles.ADMIN})
@Menu(title = "nav.reports", order = 30, icon = "vaadin:chart")
class ReportsView extends Div implements HasDynamicTitle {

    ReportsView() {
        addClassName("page");
        add(new ComingSoon("nav.reports", "coming.reports"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.reports");
    }
}
