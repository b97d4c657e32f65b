package org.comptoir.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's OpenAPI document, written by hand (decision 0021) and kept true by ApiDocsTest, and the same as a
 * plain page: no script, nothing loaded from elsewhere.
 */
@RestController
@RequestMapping(ApiSecurityConfiguration.BASE)
class ApiDocsController {

    private final byte[] document;
    private final String page;

    ApiDocsController() {
        try (InputStream in = ApiDocsController.class.getResourceAsStream("/api/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("api/openapi.json is missing");
            }
            document = in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        page = page(JsonMapper.builder().build().readTree(document));
    }

    @GetMapping(value = "/openapi.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> openApi() {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noCache())
                .contentType(MediaType.APPLICATION_JSON)
                .body(document);
    }

    @GetMapping(value = "/docs", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> docs() {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .body(page);
    }

    private static String page(JsonNode api) {
        var html = new StringBuilder("""
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Comptoir API</title>
                <style>body{font:15px/1.5 system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222}
                code,pre{background:#f4f4f4;padding:0 .2em}h2{margin-top:2em;border-top:1px solid #ddd;padding-top:1em}
                table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.2em .5em;text-align:left;vertical-align:top}
                .m{font-weight:bold;color:#05a}</style></head><body>
                """);
        var info = api.get("info");
        html.append("<h1>").append(text(info.get("title"))).append(" v").append(text(info.get("version")));
        html.append("</h1><p>").append(text(info.get("description"))).append("</p>");
        html.append("<p>Machine-readable: <a href=\"openapi.json\">openapi.json</a> (OpenAPI 3.1).</p>");
        for (Map.Entry<String, JsonNode> path : api.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                var op = operation.getValue();
                html.append("<h2><span class=\"m\">")
                        .append(operation.getKey().toUpperCase(Locale.ROOT))
                        .append("</span> <code>")
                        .append(HtmlUtils.htmlEscape(path.getKey()))
                        .append("</code></h2><p>")
                        .append(text(op.get("summary")))
                        .append("</p>");
                if (op.has("description")) {
                    html.append("<p>").append(text(op.get("description"))).append("</p>");
                }
                if (op.has("parameters")) {
                    html.append("<table><tr><th>parameter</th><th>in</th><th>type</th><th>meaning</th></tr>");
                    for (var parameter : op.get("parameters")) {
                        var schema = parameter.get("schema");
                        html.append("<tr><td><code>")
                                .append(text(parameter.get("name")))
                                .append("</code></td><td>")
                                .append(text(parameter.get("in")))
                                .append("</td><td>")
                                .append(schema.has("enum") ? text(schema.get("enum")) : text(schema.get("type")))
                                .append("</td><td>")
                                .append(text(parameter.get("description")))
                                .append("</td></tr>");
                    }
                    html.append("</table>");
                }
                if (op.has("responses")) {
                    html.append("<p>Answers: ");
                    html.append(String.join(", ", op.get("responses").propertyNames()));
                    html.append("</p>");
                }
            }
        }
        html.append("<h2>Schemas</h2>");
        for (Map.Entry<String, JsonNode> schema :
                api.get("components").get("schemas").properties()) {
            html.append("<h3>").append(HtmlUtils.htmlEscape(schema.getKey())).append("</h3>");
            if (schema.getValue().has("description")) {
                html.append("<p>")
                        .append(text(schema.getValue().get("description")))
                        .append("</p>");
            }
            if (schema.getValue().has("properties")) {
                html.append("<table>");
                for (Map.Entry<String, JsonNode> property :
                        schema.getValue().get("properties").properties()) {
                    var value = property.getValue();
                    html.append("<tr><td><code>")
                            .append(HtmlUtils.htmlEscape(property.getKey()))
                            .append("</code></td><td>")
                            .append(
                                    value.has("enum")
                                            ? text(value.get("enum"))
                                            : value.has("type") ? text(value.get("type")) : "")
                            .append("</td><td>")
                            .append(text(value.get("description")))
                            .append("</td></tr>");
                }
                html.append("</table>");
            }
        }
        return html.append("</body></html>").toString();
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return "";
        }
        return HtmlUtils.htmlEscape(node.isString() ? node.asString() : node.toString());
    }
}
