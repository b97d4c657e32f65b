package org.comptoir.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.comptoir.TestUsers;
import org.comptoir.reference.ListItemDraft;
import org.comptoir.reference.ListKind;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.security.AppRoles;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The API as another tool calls it: over HTTP, with a bearer token. */
final class ApiClient {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;

    ApiClient(int port) {
        this.port = port;
    }

    HttpResponse<String> get(String path, @Nullable String token) {
        return send(request(path, token).GET());
    }

    HttpResponse<String> post(String path, @Nullable String token, String body, String... headers) {
        var request = request(path, token).POST(HttpRequest.BodyPublishers.ofString(body));
        request.header("Content-Type", "application/json");
        for (int i = 0; i < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    HttpRequest.Builder request(String path, @Nullable String token) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** A desk of the test's own, so that its interactions are told apart from every other test's. */
    static long newDesk(ReferenceListService lists, String code) {
        return TestUsers.as(
                        "admin",
                        AppRoles.ADMIN,
                        () -> lists.save(
                                ListKind.DESK,
                                new ListItemDraft(null, 0, code + System.nanoTime() % 1_000_000, code, code, 95)))
                .id();
    }

    /** A new token's secret. */
    static String token(ApiTokenService tokens, long desk, int perMinute, ApiScope... scopes) {
        return TestUsers.as(
                        "admin",
                        AppRoles.ADMIN,
                        () -> tokens.create(new ApiTokenDraft(
                                "test-" + COUNTER.incrementAndGet() + "-" + System.nanoTime() % 1_000_000_000L,
                                Set.of(scopes),
                                desk,
                                perMinute,
                                null)))
                .secret();
    }
}
