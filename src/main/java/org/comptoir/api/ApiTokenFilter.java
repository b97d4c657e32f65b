package org.comptoir.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.comptoir.security.CurrentUser;
import org.comptoir.security.DeskOffices;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns {@code Authorization: Bearer <secret>} into the request's authentication: the token's scopes as
 * authorities (checked per endpoint) and the roles the services expect for them. No header: the request goes
 * on unauthenticated (the documentation is public; anything else gets 401). A bad token: 401 at once.
 * Never a session: the next request is checked again.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokenService tokens;
    private final DeskOffices offices;

    ApiTokenFilter(ApiTokenService tokens, DeskOffices offices) {
        this.tokens = tokens;
        this.offices = offices;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            unauthorized(request, response, "only bearer tokens are accepted: Authorization: Bearer <token>");
            return;
        }
        var check = tokens.check(header.substring(BEARER.length()).strip());
        if (check.caller() == null) {
            unauthorized(request, response, check.refusal());
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        // a token is bound to a desk, hence to its office: it reads that office only (decision 0030)
        var office = offices.officeOf(check.caller().deskId()).orElseGet(offices::firstOffice);
        context.setAuthentication(new TokenAuthentication(check.caller(), office));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static void unauthorized(HttpServletRequest request, HttpServletResponse response, String detail)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"comptoir\"");
        ApiProblems.write(request, response, ApiProblems.problem(HttpStatus.UNAUTHORIZED, "unauthorized", detail));
    }

    /** A request authenticated by a token: named "api:<token name>", its principal the {@link ApiCaller}. */
    static final class TokenAuthentication extends AbstractAuthenticationToken {

        private final ApiCaller caller;

        TokenAuthentication(ApiCaller caller, long office) {
            super(authorities(caller, office));
            this.caller = caller;
            setAuthenticated(true);
        }

        private static List<GrantedAuthority> authorities(ApiCaller caller, long office) {
            var authorities = new ArrayList<GrantedAuthority>();
            authorities.add(new SimpleGrantedAuthority(CurrentUser.OFFICE_PREFIX + office));
            for (var scope : caller.scopes()) {
                authorities.add(new SimpleGrantedAuthority(scope.authority()));
                scope.role()
                        .filter(role -> authorities.stream()
                                .noneMatch(a -> a.getAuthority().equals(role)))
                        .ifPresent(role -> authorities.add(new SimpleGrantedAuthority(role)));
            }
            return authorities;
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public ApiCaller getPrincipal() {
            return caller;
        }

        @Override
        public String getName() {
            return caller.principalName();
        }
    }
}
