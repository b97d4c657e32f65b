package org.comptoir.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.comptoir.base.ui.MainLayout;
import org.comptoir.security.AppRoles;

/**
 * The root address sends each person to their own home: the desk for counsellors, reports for
 * directors, users for admins.
 */
@Route("")
@PermitAll
class HomeView extends Div implements BeforeEnterObserver {

    private final transient AuthenticationContext authentication;

    HomeView(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.hasRole(AppRoles.COUNSELLOR)) {
            event.forwardTo("desk");
        } else if (authentication.hasRole(AppRoles.DIRECTOR) || authentication.hasRole(AppRoles.NETWORK)) {
            // the network director's home is the reports' home, with the offices side by side (issue 16)
            event.forwardTo("reports");
        } else if (authentication.hasRole(AppRoles.ADMIN)) {
            event.forwardTo("admin/users");
        } else {
            event.forwardTo(MainLayout.ACCOUNT_ROUTE);
        }
    }
}
