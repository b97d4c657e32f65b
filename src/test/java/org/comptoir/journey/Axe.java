package org.comptoir.journey;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Deque's axe-core (MPL-2.0, {@code src/test/resources/axe/}, see decision 0024) run in the page: the
 * accessibility rules of WCAG 2.1 A and AA and axe's best practices, through Vaadin's shadow roots.
 */
final class Axe {

    /** The impacts that fail a journey. */
    static final Set<String> BLOCKING = Set.of("serious", "critical");

    static final List<String> IMPACTS = List.of("minor", "moderate", "serious", "critical");

    private static final String SOURCE = read("/axe/axe.min.js");

    /**
     * Violations inside Vaadin's own components that our code cannot reach, each with its reason; only
     * these exact rule and place are let through, and the summary still counts them.
     * <ul>
     *   <li>{@code vaadin-select} puts {@code aria-required} on its value button ({@code role="button"}),
     *       where ARIA does not allow it (Vaadin 25.2). The select's label still shows it is required.
     * </ul>
     */
    private static final Map<String, String> COMPONENT_ISSUES =
            Map.of("aria-allowed-attr", "vaadin-select-value-button[aria-required");

    private static final String RUN = """
            async () => {
              const result = await axe.run(document, { resultTypes: ['violations'] });
              return result.violations.map(v => ({
                id: v.id,
                impact: v.impact || 'minor',
                nodes: v.nodes.length,
                where: v.nodes.slice(0, 3).map(n => JSON.stringify(n.target)).join(' '),
                why: (v.nodes[0] && v.nodes[0].failureSummary || '').replace(/\s+/g, ' ')
              }));
            }
            """;

    /** One rule broken on a screen: how badly, how many times, and the first places. */
    record Violation(String rule, String impact, int nodes, String where, String why) {

        boolean blocking() {
            return BLOCKING.contains(impact) && !componentIssue();
        }

        /** A known issue of a Vaadin component, found only there. */
        boolean componentIssue() {
            var place = COMPONENT_ISSUES.get(rule);
            return place != null && nodes == 1 && where.contains(place);
        }

        @Override
        public String toString() {
            return impact + " " + rule + " ×" + nodes + " at " + where + ": " + why;
        }
    }

    private Axe() {}

    /** Every rule the current screen breaks. */
    @SuppressWarnings("unchecked")
    static List<Violation> check(Page page) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe !== 'undefined'"))) {
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(SOURCE));
        }
        var found = (List<Map<String, Object>>) page.evaluate(RUN);
        return found.stream()
                .map(v -> new Violation(
                        (String) v.get("id"),
                        (String) v.get("impact"),
                        ((Number) v.get("nodes")).intValue(),
                        (String) v.get("where"),
                        (String) v.get("why")))
                .toList();
    }

    private static String read(String resource) {
        try (InputStream in = Objects.requireNonNull(Axe.class.getResourceAsStream(resource), resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
