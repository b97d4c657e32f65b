package org.comptoir.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.comptoir.security.ui.LoginView;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Sign-in through the login view; every view and service declares who may use it
 * ({@code @RolesAllowed} on views, {@code @PreAuthorize} on services). Service rules hold in the
 * command-line import too, which runs without the web server.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

    /** The web part: only when there is a web server (not for the command-line import). */
    @Configuration
    @ConditionalOnWebApplication
    @EnableWebSecurity
    static class Web {

        /**
         * What the pages may load: only from Comptoir itself. Vaadin's bootstrap page holds inline scripts and
         * its client runs server-sent JavaScript through {@code new Function}, and its components set inline
         * styles: hence the two {@code unsafe-} sources (decision record of the security review).
         */
        static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
                + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
                + "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

        @Bean
        SessionRegistry sessionRegistry() {
            return new SessionRegistryImpl();
        }

        /** Tells the session registry when a session ends, so that it forgets it. */
        @Bean
        HttpSessionEventPublisher httpSessionEventPublisher() {
            return new HttpSessionEventPublisher();
        }

        @Bean
        SecurityFilterChain securityFilterChain(
                HttpSecurity http, SessionRegistry sessionRegistry, Environment environment) throws Exception {
            http.authorizeHttpRequests(requests -> requests
                    // our own static assets, from frontend/: the Vaadin configurer does not permit them
                    .requestMatchers("/styles/**", "/images/**")
                    .permitAll()
                    // anonymous callers get the status only (show-details: when-authorized)
                    .requestMatchers(
                            "/actuator/health",
                            "/actuator/health/liveness",
                            "/actuator/health/readiness",
                            "/livez",
                            "/readyz")
                    .permitAll()
                    // the management port (health, Prometheus) is bound to loopback or the internal network only
                    .requestMatchers(onManagementPort(environment))
                    .permitAll()
                    // plain downloads (suggestion sheets): signed-in people; the services check the roles
                    .requestMatchers("/sheets/**")
                    .authenticated());
            // no-store on every answer that goes through here (pages, Vaadin's requests, downloads): they may
            // hold personal data; Vaadin's static bundle is outside this chain and keeps its caching
            http.headers(headers -> headers.contentTypeOptions(options -> {})
                    .frameOptions(frames -> frames.deny())
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                    .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .cacheControl(cache -> {})
                    // before Vaadin answers: written on commit, they never reached Vaadin's pages
                    .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                        @Override
                        public <O extends HeaderWriterFilter> O postProcess(O filter) {
                            filter.setShouldWriteHeadersEagerly(true);
                            return filter;
                        }
                    }));
            http.addFilterBefore(new CrossSiteLoginFilter("/login"), UsernamePasswordAuthenticationFilter.class);
            // every signed-in session is known, so that an admin's change can end it (SignedInSessions)
            http.sessionManagement(sessions -> sessions.maximumSessions(-1)
                    .sessionRegistry(sessionRegistry)
                    .expiredSessionStrategy(new ExpiredSessionAnswer("/login")));
            return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                    .build();
        }

        /**
         * Requests that came in on the management server, whose port is known once it has started. When it shares
         * the public port (Boot then aliases local.management.port to it), nothing is let through here.
         */
        private static RequestMatcher onManagementPort(Environment environment) {
            return request -> {
                var port = environment.getProperty("local.management.port", Integer.class);
                var publicPort = environment.getProperty("local.server.port", Integer.class);
                return port != null && port > 0 && !port.equals(publicPort) && request.getLocalPort() == port;
            };
        }
    }

    /**
     * Sign-ins and requests are observed (the metrics of decision 0018); the authorization of every service call
     * is not: a desk save passes half a dozen {@code @PreAuthorize} checks, and an observation for each cost a tenth
     * of the save's processor time (decision 0035). Refusals are unchanged: an {@code AccessDeniedException}.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.withDefaults()
                .shouldObserveAuthorizations(false)
                .build();
    }

    /** BCrypt by default, and able to check hashes of other kinds should the default change. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
