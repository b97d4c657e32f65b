package org.comptoir.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.comptoir.ComptoirTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The repository's Caddyfile (deploy/caddy) in front of the test's Comptoir, with Debian's caddy and its internal
 * CA, on loopback: the login page over https with a certificate Caddy's root vouches for, the session cookie
 * Secure, HSTS, redirects that stay on https, and plain http sent to https. Skipped where caddy is not installed
 * ({@code .ci/run} installs it).
 */
@ComptoirTest
class HttpsProxyTest {

    private static final Path CADDY = Path.of("/usr/bin/caddy");
    private static final Path CADDYFILE = Path.of("deploy", "caddy", "Caddyfile");

    @LocalServerPort
    int port;

    private Process caddy;

    @Test
    void through_the_proxy_comptoir_is_served_over_https_with_a_secure_cookie_hsts_and_http_redirected()
            throws Exception {
        assumeThat(Files.isExecutable(CADDY)).as("Debian's caddy is installed").isTrue();
        var home = emptyFolder(Path.of("target", "caddy").toAbsolutePath());
        int https = freePort();
        int http = freePort();
        var process = new ProcessBuilder(
                        CADDY.toString(), "run", "--config", CADDYFILE.toString(), "--adapter", "caddyfile")
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("caddy.log").toFile());
        var environment = process.environment();
        environment.put("COMPTOIR_SITE", "localhost");
        environment.put("COMPTOIR_TLS", "internal");
        environment.put("COMPTOIR_BIND", "127.0.0.1");
        environment.put("COMPTOIR_HTTP_PORT", String.valueOf(http));
        environment.put("COMPTOIR_HTTPS_PORT", String.valueOf(https));
        environment.put("COMPTOIR_UPSTREAM", "127.0.0.1:" + port);
        environment.put("CADDY_ADMIN", "127.0.0.1:" + freePort());
        environment.put("HOME", home.toString());
        environment.put("XDG_DATA_HOME", home.resolve("data").toString());
        environment.put("XDG_CONFIG_HOME", home.resolve("config").toString());
        caddy = process.start();
        var client = HttpClient.newBuilder()
                .sslContext(trusting(home.resolve("data/caddy/pki/authorities/local/root.crt"), https))
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        var base = "https://localhost:" + https;

        var login = get(client, base + "/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Strict-Transport-Security"))
                .as("%s", login.headers().map())
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
        var protectedPage = get(client, base + "/admin/users");
        assertThat(protectedPage.statusCode())
                .as("%s", protectedPage.headers().map())
                .isEqualTo(302);
        assertThat(protectedPage.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location)
                        .satisfiesAnyOf(
                                l -> assertThat(l).isEqualTo("/login"),
                                l -> assertThat(l).startsWith("https://localhost:" + https + "/login")));
        assertThat(List.of(login, protectedPage))
                .flatMap(r -> r.headers().allValues("Set-Cookie"))
                .anySatisfy(
                        cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("Secure", "HttpOnly"));

        var plain = get(client, "http://localhost:" + http + "/login");
        assertThat(plain.statusCode()).isBetween(301, 308);
        assertThat(plain.headers().firstValue("Location"))
                .hasValueSatisfying(location ->
                        assertThat(location).startsWith("https://localhost").endsWith("/login"));
    }

    @AfterEach
    void stopCaddy() throws InterruptedException {
        if (caddy != null) {
            caddy.destroy();
            if (!caddy.waitFor(10, TimeUnit.SECONDS)) {
                caddy.destroyForcibly();
            }
        }
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(20))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Caddy's internal root, once Caddy has made it and listens on https. */
    private SSLContext trusting(Path root, int https) throws Exception {
        var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!Files.exists(root) || !listening(https)) {
            assertThat(caddy.isAlive())
                    .as("caddy runs (target/caddy/caddy.log)")
                    .isTrue();
            assertThat(System.nanoTime()).as("caddy ready within 30 s").isLessThan(deadline);
            Thread.sleep(200);
        }
        var trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        try (InputStream in = Files.newInputStream(root)) {
            trusted.setCertificateEntry(
                    "caddy-local-root", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        var anchors = Set.of(new TrustAnchor((X509Certificate) trusted.getCertificate("caddy-local-root"), null));
        var context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {new IssuedByCaddy(anchors)}, null);
        return context;
    }

    /**
     * Trusts what Caddy's root vouches for, checked as of now when the certificate is valid now, else as of when
     * Caddy issued it: Caddy (a Go program) keeps the machine's real clock when the suite runs under faketime,
     * the JVM does not, and Caddy's leaf certificates live 12 hours. JSSE still checks the host name around it.
     */
    private record IssuedByCaddy(Set<TrustAnchor> anchors) implements X509TrustManager {

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            var leaf = chain[0];
            var now = new Date();
            var at = now.before(leaf.getNotBefore()) || now.after(leaf.getNotAfter())
                    ? new Date(leaf.getNotBefore().getTime() + 60_000)
                    : now;
            try {
                var parameters = new PKIXParameters(anchors);
                parameters.setRevocationEnabled(false);
                parameters.setDate(at);
                CertPathValidator.getInstance("PKIX")
                        .validate(CertificateFactory.getInstance("X.509").generateCertPath(List.of(chain)), parameters);
            } catch (GeneralSecurityException refused) {
                throw new CertificateException("not issued by Caddy's root: " + refused.getMessage(), refused);
            }
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("no client certificates here");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return anchors.stream().map(TrustAnchor::getTrustedCert).toArray(X509Certificate[]::new);
        }
    }

    private static boolean listening(int port) {
        try (var socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static Path emptyFolder(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (var files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return Files.createDirectories(folder);
    }
}
