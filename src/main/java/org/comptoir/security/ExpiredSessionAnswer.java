package org.comptoir.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.web.session.SessionInformationExpiredEvent;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;

/**
 * What a request of an ended session gets, once Spring Security has signed it out: a page request goes
 * to the login page; a Vaadin request from an open page gets Vaadin's own "session expired", on which the
 * page reloads, and the reload lands on the login page.
 */
class ExpiredSessionAnswer implements SessionInformationExpiredStrategy {

    /** What Vaadin's server answers a request of an expired session with (UidlRequestHandler). */
    private static final String VAADIN_SESSION_EXPIRED = "for(;;);[{\"meta\":{\"sessionExpired\":true}}]";

    private final String loginPath;

    ExpiredSessionAnswer(String loginPath) {
        this.loginPath = loginPath;
    }

    @Override
    public void onExpiredSessionDetected(SessionInformationExpiredEvent event) throws IOException {
        var request = event.getRequest();
        var response = event.getResponse();
        if (request.getParameter("v-r") != null) {
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(VAADIN_SESSION_EXPIRED);
            return;
        }
        response.sendRedirect(request.getContextPath() + loginPath);
    }
}
