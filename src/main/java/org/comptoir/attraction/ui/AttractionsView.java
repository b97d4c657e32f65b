package org.comptoir.attraction.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.comptoir.base.ui.ComingSoon;
import org.comptoir.security.AppRoles;

/**
 * The attraction database: curated, searchable, fed from open tourism data. Its issue builds it; until then the page says what is coming.
 */
@Route("attractions")
@RolesAllowed({AppRoles.COUNSELLOR, AppRoles.DIRECTOR, AppRoles.ADMIN})
@Menu(title = "nav.attractions", order = 20, icon = "vaadin:map-marker")
class AttractionsView extends Div implements HasDynamicTitle {

    AttractionsView() {
        addClassName("page");
        add(new ComingSoon("nav.attractions", "coming.attractions"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.attractions");
    }
}
