package org.comptoir.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.comptoir.security.ui.LoginView;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
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

        @Bean
        SecurityFilterChain securityFilterChain(HttpSecurity http, Environment environment) throws Exception {
            http.authorizeHttpRequests(requests -> requests
                    // our own static assets, from frontend/: the Vaadin configurer does not permit them
                    .requestMatchers("/styles/**", "/images/**").permitAll()
                    // anonymous callers get the status only (show-details: when-authorized)
                    .requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness",
                            "/livez", "/readyz")
                    .permitAll()
                    // the management port (health, Prometheus) is bound to loopback or the internal network only
                    .requestMatchers(onManagementPort(environment)).permitAll()
                    // plain downloads (suggestion sheets): signed-in people; the services check the roles
                    .requestMatchers("/sheets/**").authenticated());
            return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
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

    /** BCrypt by default, and able to check hashes of other kinds should the default change. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
