package org.comptoir.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.comptoir.ComptoirTest;
import org.comptoir.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What the browser is told over HTTP: review findings 15 (headers) and 16 (the login form's CSRF). */
@ComptoirTest
class WebSecurityTest {

    @LocalServerPort
    int port;

    @Autowired
    LoginLockout lockout;

    @Autowired
    UserService users;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void the_login_page_forbids_sniffing_framing_referrers_to_other_sites_scripts_from_elsewhere_and_caching()
            throws Exception {
        var login =
                http.send(HttpRequest.newBuilder(url("/login")).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(login.statusCode()).isEqualTo(200);
        var headers = login.headers();
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(headers.firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains(
                                "default-src 'self'",
                                "frame-ancestors 'none'",
                                "object-src 'none'",
                                "base-uri 'self'",
                                "form-action 'self'"));
        assertThat(headers.firstValue("Cache-Control"))
                .hasValueSatisfying(cache -> assertThat(cache).contains("no-store"));
    }

    @Test
    void a_login_posted_from_another_site_is_refused_before_its_password_is_checked() throws Exception {
        var name = "crosssite" + System.nanoTime() % 100_000;

        var crossSite = postLogin(name, "Origin", "https://evil.example");
        var fetchedCrossSite = postLogin(name, "Sec-Fetch-Site", "cross-site");

        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(fetchedCrossSite.statusCode()).isEqualTo(403);
        assertThat(lockout.failures(name))
                .as("never reached the password check")
                .isZero();
        var sameSite = postLogin(name, "Origin", "http://localhost:" + port);
        assertThat(sameSite.statusCode()).isEqualTo(302);
        assertThat(sameSite.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/login?error"));
        assertThat(lockout.failures(name)).isOne();
    }

    // Review finding 2.
    @Test
    void a_disabled_persons_open_session_lands_on_the_login_page_at_its_next_request() throws Exception {
        var browser = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager())
                .build();
        var name = "sessionend" + System.nanoTime() % 100_000;
        var created = TestUsers.as(
                "admin",
                AppRoles.ADMIN,
                () -> users.save(new UserDraft(
                        null, 0, name, "Session end", Set.of(AppRoles.COUNSELLOR), null, "Salers-Cheese-1961")));
        var form = "username=" + name + "&password=Salers-Cheese-1961";
        var signedIn = browser.send(
                HttpRequest.newBuilder(url("/login"))
                        .header("Origin", "http://localhost:" + port)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(browser.send(
                                HttpRequest.newBuilder(url("/desk")).GET().build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(200);

        TestUsers.as("admin", AppRoles.ADMIN, () -> users.setEnabled(created.id(), false));

        var next =
                browser.send(HttpRequest.newBuilder(url("/desk")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    private HttpResponse<String> postLogin(String name, String header, String value) throws Exception {
        var form = "username=" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&password=wrong-password";
        return http.send(
                HttpRequest.newBuilder(url("/login"))
                        .header(header, value)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
