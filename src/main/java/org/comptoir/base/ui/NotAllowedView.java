package org.comptoir.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A signed-in person opened a page their role may not open. Vaadin's navigation access control
 * reroutes there with {@link AccessDeniedException}, in development and production alike.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotAllowedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    public NotAllowedView() {
        super("error.not-allowed");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
