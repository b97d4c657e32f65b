package org.comptoir.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.comptoir.ComptoirTest;
import org.comptoir.TestUsers;
import org.comptoir.attraction.AttractionService;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.security.AdminAudit;
import org.comptoir.security.AdminAuditFilter;
import org.comptoir.security.AdminAuditKind;
import org.comptoir.security.AppRoles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.node.ObjectNode;

/**
 * The open API over HTTP as another tool calls it: tokens and their scopes, problem+json for every error,
 * strict bodies, idempotent retries, limits. Its interactions go to a desk of its own.
 */
@ComptoirTest
class ApiTest {

    private static final String PROBLEM = "application/problem+json";

    @LocalServerPort
    int port;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    ReferenceListService lists;

    @Autowired
    AttractionService attractions;

    @Autowired
    AdminAudit audit;

    @Autowired
    JdbcTemplate jdbc;

    private ApiClient api;
    private long desk;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        desk = ApiClient.newDesk(lists, "API");
    }

    @Test
    void every_endpoint_answers_the_tokens_whose_scope_allows_it_and_refuses_the_others_with_403() {
        var attraction = TestUsers.as(
                "admin", AppRoles.ADMIN, () -> attractions.active().getFirst().id());
        var writer = ApiClient.token(tokens, desk, 1000, ApiScope.INTERACTIONS_WRITE);
        var saved = ApiClient.json(api.post("/api/v1/interactions", writer, "{}"))
                .get("id")
                .asLong();
        // endpoint → the scope it needs
        var endpoints = new LinkedHashMap<String, ApiScope>();
        endpoints.put("POST /api/v1/interactions", ApiScope.INTERACTIONS_WRITE);
        endpoints.put("GET /api/v1/interactions", ApiScope.INTERACTIONS_READ);
        endpoints.put("GET /api/v1/interactions/" + saved, ApiScope.INTERACTIONS_READ);
        for (var kind : List.of("origins", "recovery", "stay", "interests", "activity", "suggestions")) {
            endpoints.put("GET /api/v1/reports/" + kind, ApiScope.REPORTS_READ);
        }
        endpoints.put("GET /api/v1/attractions?q=a", ApiScope.ATTRACTIONS_READ);
        endpoints.put("GET /api/v1/attractions/" + attraction, ApiScope.ATTRACTIONS_READ);

        var scopeTokens = new LinkedHashMap<ApiScope, String>();
        for (var scope : ApiScope.values()) {
            scopeTokens.put(scope, ApiClient.token(tokens, desk, 1000, scope));
        }
        var everything = ApiClient.token(tokens, desk, 1000, ApiScope.values());

        endpoints.forEach((endpoint, needed) -> {
            var method = endpoint.substring(0, endpoint.indexOf(' '));
            var path = endpoint.substring(endpoint.indexOf(' ') + 1);
            scopeTokens.forEach((scope, token) -> {
                var response = method.equals("POST") ? api.post(path, token, "{}") : api.get(path, token);
                if (scope == needed) {
                    assertThat(response.statusCode())
                            .as("%s with %s: %s", endpoint, scope, response.body())
                            .isBetween(200, 201);
                    assertThat(response.headers().firstValue("Content-Type"))
                            .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
                } else {
                    assertThat(response.statusCode())
                            .as("%s with %s", endpoint, scope)
                            .isEqualTo(403);
                    assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM);
                    assertThat(ApiClient.json(response).get("status").asInt()).isEqualTo(403);
                }
            });
            var all = method.equals("POST") ? api.post(path, everything, "{}") : api.get(path, everything);
            assertThat(all.statusCode()).as("%s with every scope", endpoint).isBetween(200, 201);
            var none = method.equals("POST") ? api.post(path, null, "{}") : api.get(path, null);
            assertThat(none.statusCode()).as("%s without a token", endpoint).isEqualTo(401);
        });
    }

    @Test
    void an_interaction_posted_is_saved_at_the_tokens_desk_under_the_tokens_name_and_read_back() {
        var token = ApiClient.token(tokens, desk, 1000, ApiScope.INTERACTIONS_WRITE, ApiScope.INTERACTIONS_READ);

        var posted = api.post("/api/v1/interactions", token, """
                {"channel": "PHONE", "adults": 2, "children": 1, "country": "DE", "language": "DE",
                 "visitorType": "TOURIST", "outcomes": ["BROCHURES_GIVEN"]}""");

        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        var saved = ApiClient.json(posted);
        assertThat(saved.get("deskId").asLong()).isEqualTo(desk);
        assertThat(saved.get("counsellor").asString()).startsWith("api:test-");
        assertThat(saved.get("channel").asString()).isEqualTo("PHONE");
        assertThat(saved.get("adults").asInt()).isEqualTo(2);
        assertThat(saved.get("country").asString()).isEqualTo("DE");
        assertThat(posted.headers().firstValue("Location"))
                .hasValue("/api/v1/interactions/" + saved.get("id").asLong());
        var read = (ObjectNode)
                ApiClient.json(api.get("/api/v1/interactions/" + saved.get("id").asLong(), token));
        var answered = (ObjectNode) saved;
        // the database keeps microseconds; the tests' clock has nanoseconds
        assertThat(Instant.parse(read.remove("updatedAt").asString()))
                .isEqualTo(
                        Instant.parse(answered.remove("updatedAt").asString()).truncatedTo(ChronoUnit.MICROS));
        assertThat(read).isEqualTo(answered);
    }

    @Test
    void the_history_is_read_a_page_at_a_time_with_the_histories_filters() {
        var token = ApiClient.token(tokens, desk, 1000, ApiScope.INTERACTIONS_WRITE, ApiScope.INTERACTIONS_READ);
        for (var channel : List.of("DESK", "PHONE", "PHONE")) {
            assertThat(api.post("/api/v1/interactions", token, "{\"channel\": \"" + channel + "\"}")
                            .statusCode())
                    .isEqualTo(201);
        }

        var first = ApiClient.json(api.get("/api/v1/interactions?desk=" + desk + "&size=2", token));
        var second = ApiClient.json(api.get("/api/v1/interactions?desk=" + desk + "&size=2&page=1", token));
        var phones = ApiClient.json(api.get("/api/v1/interactions?desk=" + desk + "&channel=PHONE", token));

        assertThat(first.get("items").size()).isEqualTo(2);
        assertThat(first.get("hasNext").asBoolean()).isTrue();
        assertThat(second.get("items").size()).isEqualTo(1);
        assertThat(second.get("hasNext").asBoolean()).isFalse();
        assertThat(phones.get("items").size()).isEqualTo(2);
        var wrong = api.get("/api/v1/interactions?channel=BUS", token);
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(wrong).get("parameter").asString()).isEqualTo("channel");
        var tooBig = api.get("/api/v1/interactions?size=100000", token);
        assertThat(tooBig.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(tooBig).get("parameter").asString()).isEqualTo("size");
    }

    @Test
    void bad_json_wrong_types_and_unknown_fields_are_refused_with_400_naming_the_field() {
        var token = ApiClient.token(tokens, desk, 1000, ApiScope.INTERACTIONS_WRITE);

        var badJson = api.post("/api/v1/interactions", token, "{\"adults\": 2,");
        var wrongType = api.post("/api/v1/interactions", token, "{\"adults\": \"two\"}");
        var stringNumber = api.post("/api/v1/interactions", token, "{\"adults\": \"2\"}");
        var wrongEnum = api.post("/api/v1/interactions", token, "{\"channel\": \"PIGEON\"}");
        var wrongList = api.post("/api/v1/interactions", token, "{\"interestIds\": [1, \"x\"]}");
        var unknown = api.post("/api/v1/interactions", token, "{\"adults\": 1, \"adultz\": 2}");
        var notAnObject = api.post("/api/v1/interactions", token, "[1, 2]");
        var empty = api.post("/api/v1/interactions", token, "");

        for (var response :
                List.of(badJson, wrongType, stringNumber, wrongEnum, wrongList, unknown, notAnObject, empty)) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM);
        }
        assertThat(ApiClient.json(badJson).get("type").asString()).endsWith("/bad-json");
        assertThat(ApiClient.json(wrongType).get("field").asString()).isEqualTo("adults");
        assertThat(ApiClient.json(stringNumber).get("field").asString()).isEqualTo("adults");
        assertThat(ApiClient.json(wrongEnum).get("field").asString()).isEqualTo("channel");
        assertThat(ApiClient.json(wrongList).get("field").asString()).isEqualTo("interestIds[1]");
        assertThat(ApiClient.json(unknown).get("field").asString()).isEqualTo("adultz");
        assertThat(ApiClient.json(unknown).get("detail").asString()).contains("adultz");
    }

    @Test
    void the_desks_rules_refuse_a_draft_with_each_field_named_in_the_callers_language() {
        var token = ApiClient.token(tokens, desk, 1000, ApiScope.INTERACTIONS_WRITE);

        var refused = api.post(
                "/api/v1/interactions",
                token,
                "{\"adults\": -1, \"country\": \"ZZ\", \"departement\": \"63\", \"deskId\": 999999}");
        var inFrench = api.post("/api/v1/interactions", token, "{\"adults\": 1000}", "Accept-Language", "fr-FR");

        assertThat(refused.statusCode()).isEqualTo(400);
        var errors = ApiClient.json(refused).get("errors");
        assertThat(errors.valueStream().map(e -> e.get("field").asString()))
                .containsExactly("adults", "country", "departement", "deskId");
        assertThat(errors.get(0).get("code").asString()).isEqualTo("interaction.party.range");
        assertThat(errors.get(0).get("message").asString()).isEqualTo("Between 0 and 999.");
        assertThat(ApiClient.json(inFrench).get("errors").get(0).get("message").asString())
                .isEqualTo("Entre 0 et 999.");
    }

    @Test
    void a_body_of_another_type_gets_415_and_a_body_of_a_megabyte_413() {
        var token = ApiClient.token(tokens, desk, 1000, ApiScope.INTERACTIONS_WRITE);
        var megabyte = "{\"note\": \"" + "x".repeat(1024 * 1024) + "\"}";

        var xml = api.post("/api/v1/interactions", token, "<adults>1</adults>", "Content-Type", "application/xml");
        var tooLarge = api.post("/api/v1/interactions", token, megabyte);

        assertThat(xml.statusCode()).isEqualTo(415);
        assertThat(xml.headers().firstValue("Content-Type")).hasValue(PROBLEM);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.headers().firstValue("Content-Type")).hasValue(PROBLEM);
        assertThat(ApiClient.json(tooLarge).get("status").asInt()).isEqualTo(413);
    }

    @Test
    void a_request_replayed_with_its_idempotency_key_is_counted_once_and_gets_the_same_answer() {
        var token = ApiClient.token(tokens, desk, 1000, ApiScope.INTERACTIONS_WRITE);
        var body = "{\"channel\": \"EMAIL\", \"adults\": 3}";
        var key = "retry-" + System.nanoTime();

        var first = api.post("/api/v1/interactions", token, body, "Idempotency-Key", key);
        var again = api.post("/api/v1/interactions", token, body, "Idempotency-Key", key);
        var otherBody = api.post("/api/v1/interactions", token, "{\"adults\": 4}", "Idempotency-Key", key);
        var otherKey = api.post("/api/v1/interactions", token, body, "Idempotency-Key", key + "-2");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("Location"))
                .isEqualTo(first.headers().firstValue("Location"));
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(otherBody.statusCode()).isEqualTo(422);
        assertThat(otherKey.statusCode()).isEqualTo(201);
        assertThat(jdbc.queryForObject(
                        "select count(*) from interaction where desk_id = ? and adults = 3 and deleted = false",
                        Long.class,
                        desk))
                .as("the first and the other key's, not the replay")
                .isEqualTo(2);
    }

    @Test
    void a_refused_save_leaves_its_idempotency_key_free_for_the_corrected_request() {
        var token = ApiClient.token(tokens, desk, 1000, ApiScope.INTERACTIONS_WRITE);
        var key = "fix-" + System.nanoTime();

        var refused = api.post("/api/v1/interactions", token, "{\"adults\": -5}", "Idempotency-Key", key);
        var corrected = api.post("/api/v1/interactions", token, "{\"adults\": 5}", "Idempotency-Key", key);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(corrected.statusCode()).isEqualTo(201);
    }

    @Test
    void no_token_an_unknown_an_expired_and_a_revoked_token_get_401_and_the_refusals_are_audited() {
        var expired = ApiClient.token(tokens, desk, 1000, ApiScope.ATTRACTIONS_READ);
        jdbc.update(
                "update api_token set expires_at = ? where secret_hash = ?",
                LocalDate.of(2020, 1, 1).atStartOfDay(),
                ApiTokenService.hash(expired));
        var revoked = ApiClient.token(tokens, desk, 1000, ApiScope.ATTRACTIONS_READ);
        var revokedId = jdbc.queryForObject(
                "select id from api_token where secret_hash = ?", Long.class, ApiTokenService.hash(revoked));
        assertThat(api.get("/api/v1/attractions", revoked).statusCode()).isEqualTo(200);
        TestUsers.as("admin", AppRoles.ADMIN, () -> tokens.revoke(revokedId));

        var responses = Map.of(
                "none", api.get("/api/v1/attractions", null),
                "unknown", api.get("/api/v1/attractions", "cpt_nothing" + System.nanoTime()),
                "basic", api.send(api.request("/api/v1/attractions", null).header("Authorization", "Basic YTpi")),
                "expired", api.get("/api/v1/attractions", expired),
                "revoked", api.get("/api/v1/attractions", revoked));

        responses.forEach((what, response) -> {
            assertThat(response.statusCode()).as(what).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate"))
                    .as(what)
                    .hasValueSatisfying(h -> assertThat(h).startsWith("Bearer"));
            assertThat(response.headers().firstValue("Content-Type")).as(what).hasValue(PROBLEM);
            assertThat(response.headers().firstValue("Set-Cookie")).as(what).isEmpty();
        });
        assertThat(ApiClient.json(responses.get("expired")).get("detail").asString())
                .contains("expired");
        assertThat(ApiClient.json(responses.get("revoked")).get("detail").asString())
                .contains("revoked");
        var lines = TestUsers.as(
                "admin",
                AppRoles.ADMIN,
                () -> audit.page(new AdminAuditFilter(AdminAuditKind.API_TOKEN, null), 0, 200));
        assertThat(lines)
                .anySatisfy(line -> assertThat(line.summary()).startsWith("refused: expired token test-"))
                .anySatisfy(line -> {
                    assertThat(line.summary()).startsWith("refused: revoked token test-");
                    assertThat(line.targetId()).isEqualTo(String.valueOf(revokedId));
                })
                .anySatisfy(line -> assertThat(line.summary()).isEqualTo("unknown token"))
                .anySatisfy(line -> {
                    assertThat(line.summary()).startsWith("revoked: test-");
                    assertThat(line.by()).isEqualTo("admin");
                });
    }

    @Test
    void a_token_over_its_requests_a_minute_gets_429_with_retry_after() {
        var token = ApiClient.token(tokens, desk, 3, ApiScope.ATTRACTIONS_READ);

        var statuses = new ArrayList<Integer>();
        HttpResponse<String> last = null;
        for (int i = 0; i < 4; i++) {
            last = api.get("/api/v1/attractions?size=1", token);
            statuses.add(last.statusCode());
        }

        assertThat(statuses).containsExactly(200, 200, 200, 429);
        assertThat(last.headers().firstValue("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 20));
        assertThat(last.headers().firstValue("Content-Type")).hasValue(PROBLEM);
    }

    @Test
    void a_token_opens_no_session_and_never_reaches_a_view() {
        var token = ApiClient.token(tokens, desk, 1000, ApiScope.values());

        var api_ = api.get("/api/v1/attractions?size=1", token);
        var view = api.get("/reports/origins", token);

        assertThat(api_.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(view.statusCode()).as("sent to the login page, not served").isIn(302, 401, 403);
        if (view.statusCode() == 302) {
            assertThat(view.headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).contains("/login"));
        }
    }

    @Test
    void an_unknown_path_under_the_api_is_a_404_problem() {
        var token = ApiClient.token(tokens, desk, 1000, ApiScope.values());

        var unknown = api.get("/api/v1/nothing-here", token);
        var unknownReport = api.get("/api/v1/reports/weather", token);

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValue(PROBLEM);
        assertThat(unknownReport.statusCode()).isEqualTo(404);
        assertThat(unknownReport.headers().firstValue("Content-Type")).hasValue(PROBLEM);
    }

    @Test
    void tokens_are_created_by_admins_only_with_a_secret_kept_as_its_hash_and_the_creation_audited() {
        var created = TestUsers.as(
                "admin",
                AppRoles.ADMIN,
                () -> tokens.create(new ApiTokenDraft(
                        "kiosk-" + System.nanoTime() % 1_000_000,
                        EnumSet.of(ApiScope.REPORTS_READ),
                        desk,
                        60,
                        LocalDate.of(2099, 12, 31))));

        assertThat(created.secret()).startsWith("cpt_").hasSizeGreaterThan(40);
        assertThat(jdbc.queryForObject(
                        "select secret_hash from api_token where id = ?",
                        String.class,
                        created.token().id()))
                .isEqualTo(ApiTokenService.hash(created.secret()))
                .doesNotContain(created.secret());
        var lines = TestUsers.as(
                "admin",
                AppRoles.ADMIN,
                () -> audit.page(new AdminAuditFilter(AdminAuditKind.API_TOKEN, "admin"), 0, 50));
        assertThat(lines)
                .anySatisfy(line -> assertThat(line.summary())
                        .startsWith("created: " + created.token().name())
                        .contains("scopes: reports:read")
                        .doesNotContain(created.secret()));
    }
}
