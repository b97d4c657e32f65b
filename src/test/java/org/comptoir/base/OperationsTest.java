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
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

/**
 * What the outside sees over HTTP without signing in: the health status only, our static assets,
 * the login page; nothing else. Health and metrics on the management port, never on the public one.
 */
@ComptoirTest
class OperationsTest {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    Environment environment;

    @Value("${server.servlet.session.timeout}")
    Duration sessionTimeout;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void the_management_port_gives_the_health_status_without_details() throws Exception {
        var response = get(managementPort, "/actuator/health");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"UP\"}");
    }

    @Test
    void load_balancers_see_liveness_and_readiness_on_the_public_port() throws Exception {
        var ready = get("/readyz");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("UP");
        assertThat(get("/livez").statusCode()).isEqualTo(200);
    }

    @Test
    void prometheus_metrics_are_on_the_management_port_and_never_on_the_public_one() throws Exception {
        assertThat(managementPort).isNotEqualTo(port);
        var metrics = get(managementPort, "/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes", "hikaricp_connections");
        var onPublicPort = get("/actuator/prometheus");
        assertThat(onPublicPort.statusCode()).isNotEqualTo(200);
        assertThat(onPublicPort.body()).doesNotContain("jvm_memory_used_bytes");
    }

    @Test
    void other_actuator_endpoints_are_not_exposed() throws Exception {
        for (var p : new int[] {port, managementPort}) {
            assertThat(get(p, "/actuator/env").statusCode()).isNotEqualTo(200);
            assertThat(get(p, "/actuator/beans").statusCode()).isNotEqualTo(200);
        }
    }

    @Test
    void behind_the_https_proxy_redirects_stay_on_https_and_the_session_cookie_is_secure() throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/users"))
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "comptoir.example.org")
                .GET()
                .build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l)
                        .satisfiesAnyOf(
                                location -> assertThat(location).isEqualTo("/login"),
                                location -> assertThat(location).isEqualTo("https://comptoir.example.org/login")));
        assertThat(response.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c)
                        .startsWith("JSESSIONID=")
                        .contains("Secure")
                        .contains("HttpOnly"));
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isPresent();
        var plain = get("/admin/users");
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
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
        assertThat(users.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void sessions_time_out_after_thirty_minutes_and_shutdown_is_graceful() {
        assertThat(sessionTimeout).isEqualTo(Duration.ofMinutes(30));
        assertThat(environment.getProperty("server.shutdown")).isEqualTo("graceful");
        assertThat(environment.getProperty("vaadin.closeIdleSessions")).isEqualTo("true");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return get(port, path);
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
