package org.comptoir.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.comptoir.ComptoirTest;
import org.comptoir.visit.Accommodation;
import org.comptoir.visit.Channel;
import org.comptoir.visit.ConversationLanguage;
import org.comptoir.visit.Outcome;
import org.comptoir.visit.PartyType;
import org.comptoir.visit.Purpose;
import org.comptoir.visit.StayLength;
import org.comptoir.visit.VisitorType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/** The hand-written OpenAPI document tells the truth: every endpoint, every field and every value. */
@ComptoirTest
class ApiDocsTest {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void the_document_and_its_page_are_served_without_a_token() {
        var api = new ApiClient(port);

        var document = api.get("/api/v1/openapi.json", null);
        var page = api.get("/api/v1/docs", null);

        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(document).get("openapi").asString()).isEqualTo("3.1.0");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body())
                .contains("<code>/api/v1/reports/{kind}</code>", "Idempotency-Key", "interactions:write");
    }

    @Test
    void every_endpoint_of_the_api_is_in_the_document_and_nothing_else() {
        var document = document();
        var served = new HashSet<String>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (handler.getBeanType().getPackageName().equals(ApiScope.class.getPackageName())) {
                for (var path : info.getPathPatternsCondition().getPatternValues()) {
                    if (!path.endsWith("/**")) {
                        info.getMethodsCondition()
                                .getMethods()
                                .forEach(method -> served.add(method.name() + " " + path));
                    }
                }
            }
        });
        var documented = new HashSet<String>();
        for (var path : document.get("paths").properties()) {
            for (var method : path.getValue().propertyNames()) {
                documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }

        assertThat(documented).isEqualTo(served);
    }

    @Test
    void the_interaction_schema_has_the_requests_fields_and_the_enums_values() {
        var schema = document()
                .get("components")
                .get("schemas")
                .get("InteractionRequest")
                .get("properties");

        var fields = Arrays.stream(InteractionRequest.class.getRecordComponents())
                .map(c -> c.getName())
                .toList();
        assertThat(schema.propertyNames()).containsExactlyInAnyOrderElementsOf(fields);
        assertThat(values(schema.get("channel"))).isEqualTo(names(Channel.values()));
        assertThat(values(schema.get("partyType"))).isEqualTo(names(PartyType.values()));
        assertThat(values(schema.get("visitorType"))).isEqualTo(names(VisitorType.values()));
        assertThat(values(schema.get("language"))).isEqualTo(names(ConversationLanguage.values()));
        assertThat(values(schema.get("stayLength"))).isEqualTo(names(StayLength.values()));
        assertThat(values(schema.get("accommodation"))).isEqualTo(names(Accommodation.values()));
        assertThat(values(schema.get("purpose"))).isEqualTo(names(Purpose.values()));
        assertThat(values(schema.get("outcomes").get("items"))).isEqualTo(names(Outcome.values()));
    }

    private JsonNode document() {
        return ApiClient.json(new ApiClient(port).get("/api/v1/openapi.json", null));
    }

    private static Set<String> values(JsonNode property) {
        var values = new HashSet<String>();
        property.get("enum").forEach(v -> values.add(v.asString()));
        return values;
    }

    private static Set<String> names(Enum<?>[] constants) {
        var names = new ArrayList<String>();
        for (var constant : constants) {
            names.add(constant.name());
        }
        return new HashSet<>(names);
    }
}
