package org.comptoir.api;

import java.time.Clock;
import org.comptoir.security.DeskOffices;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.ExceptionTranslationFilter;

/**
 * The API's own security chain, before Vaadin's: it alone answers {@code /api/**}. Stateless (no session, no
 * cookie, no CSRF: a bearer token is not sent by a browser on its own), every scope checked per endpoint, and
 * every refusal a problem+json. A token never reaches a view: Vaadin's chain knows nothing of tokens.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ApiSecurityConfiguration {

    /** Before the application's chain, which takes every other request. */
    private static final int BEFORE_THE_VIEWS = Ordered.HIGHEST_PRECEDENCE;

    static final String BASE = "/api/v1";

    @Bean
    @Order(BEFORE_THE_VIEWS)
    SecurityFilterChain apiSecurityFilterChain(
            HttpSecurity http, ApiTokenService tokens, ApiSettings settings, Clock clock, DeskOffices offices)
            throws Exception {
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true))
                .anonymous(anonymous -> anonymous.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .headers(headers -> headers.cacheControl(cache -> {}).contentTypeOptions(options -> {}))
                .authorizeHttpRequests(
                        requests -> requests.requestMatchers(HttpMethod.GET, BASE + "/openapi.json", BASE + "/docs")
                                .permitAll()
                                .requestMatchers(HttpMethod.POST, BASE + "/interactions")
                                .hasAuthority(ApiScope.INTERACTIONS_WRITE.authority())
                                .requestMatchers(HttpMethod.GET, BASE + "/interactions", BASE + "/interactions/*")
                                .hasAuthority(ApiScope.INTERACTIONS_READ.authority())
                                .requestMatchers(HttpMethod.GET, BASE + "/reports/*")
                                .hasAuthority(ApiScope.REPORTS_READ.authority())
                                .requestMatchers(HttpMethod.GET, BASE + "/attractions", BASE + "/attractions/*")
                                .hasAuthority(ApiScope.ATTRACTIONS_READ.authority())
                                // anything else (a wrong path or method) is answered by the controllers, to a token
                                .anyRequest()
                                .authenticated())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(
                                (request, response, refused) -> ApiTokenFilter.unauthorized(
                                        request, response, "a token is needed: Authorization: Bearer <token>"))
                        .accessDeniedHandler((request, response, denied) -> {
                            if (SecurityContextHolder.getContext().getAuthentication()
                                    instanceof ApiTokenFilter.TokenAuthentication token) {
                                tokens.recordRefusal(
                                        token.getPrincipal().tokenId(),
                                        "scope for " + request.getMethod() + " " + request.getRequestURI());
                            }
                            ApiProblems.write(
                                    request,
                                    response,
                                    ApiProblems.problem(
                                            HttpStatus.FORBIDDEN,
                                            "forbidden",
                                            "this token's scopes do not allow " + request.getMethod() + " "
                                                    + request.getRequestURI()));
                        }))
                .addFilterBefore(new ApiErrors(), ExceptionTranslationFilter.class)
                .addFilterBefore(new ApiTokenFilter(tokens, offices), ExceptionTranslationFilter.class)
                .addFilterBefore(new ApiRateLimit(clock), ExceptionTranslationFilter.class)
                .addFilterBefore(new ApiBodyLimit(settings.maxBodyBytes()), ExceptionTranslationFilter.class);
        return http.build();
    }
}
