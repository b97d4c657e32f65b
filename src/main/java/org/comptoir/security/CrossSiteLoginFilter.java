package org.comptoir.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in posted from another site (login CSRF: signing a counsellor into someone else's
 * account). Vaadin's login form posts without Spring's CSRF token, and Vaadin's configurer exempts the
 * login address from the token check on purpose; the browser's own word on where the post comes from
 * ({@code Sec-Fetch-Site}, {@code Origin}) stands in for it. Clients that send neither are no browser a
 * site could drive. See docs/decisions (security review, finding 16).
 */
class CrossSiteLoginFilter extends OncePerRequestFilter {

    private final String loginPath;

    CrossSiteLoginFilter(String loginPath) {
        this.loginPath = loginPath;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !(request.getContextPath() + loginPath).equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (crossSite(request)) {
            // a bare status: an error page would be the login page again
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean crossSite(HttpServletRequest request) {
        var fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && fetchSite.toLowerCase(Locale.ROOT).equals("cross-site")) {
            return true;
        }
        var origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        try {
            var from = URI.create(origin);
            // the host the browser addressed; behind a reverse proxy, server.forward-headers-strategy makes it the
            // public one
            return from.getHost() == null
                    || !from.getHost().equalsIgnoreCase(request.getServerName())
                    || port(from) != request.getServerPort();
        } catch (IllegalArgumentException unreadable) {
            return true;
        }
    }

    private static int port(URI origin) {
        if (origin.getPort() != -1) {
            return origin.getPort();
        }
        return "https".equalsIgnoreCase(origin.getScheme()) ? 443 : 80;
    }
}
