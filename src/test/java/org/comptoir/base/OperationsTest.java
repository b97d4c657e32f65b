package org.comptoir.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.comptoir.ComptoirTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

/**
 * What the outside sees over HTTP without signing in: the health status only, our static assets,
 * the login page; nothing else.
 */
@ComptoirTest
class OperationsTest {

    @LocalServerPort
    int port;
    @Autowired
    Environment environment;
    @Value("${server.servlet.session.timeout}")
    Duration sessionTimeout;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void anonymous_callers_see_the_health_status_and_no_details() throws Exception {
        var response = get("/actuator/health");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"UP\"}");
    }

    @Test
    void other_actuator_endpoints_are_not_exposed() throws Exception {
        assertThat(get("/actuator/env").statusCode()).isNotEqualTo(200);
        assertThat(get("/actuator/beans").statusCode()).isNotEqualTo(200);
    }

    @Test
    void our_styles_and_images_are_served_without_signing_in() throws Exception {
        var css = get("/styles/comptoir.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.body()).contains("--comptoir-deep");
        assertThat(get("/images/comptoir-logo.svg").statusCode()).isEqualTo(200);
    }

    @Test
    void the_login_page_is_public_and_a_protected_page_sends_to_it() throws Exception {
        assertThat(get("/login").statusCode()).isEqualTo(200);
        var users = get("/admin/users");
        assertThat(users.statusCode()).isEqualTo(302);
        assertThat(users.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void sessions_time_out_after_thirty_minutes_and_shutdown_is_graceful() {
        assertThat(sessionTimeout).isEqualTo(Duration.ofMinutes(30));
        assertThat(environment.getProperty("server.shutdown")).isEqualTo("graceful");
        assertThat(environment.getProperty("vaadin.closeIdleSessions")).isEqualTo("true");
    }

    private HttpResponse<String> get(String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
