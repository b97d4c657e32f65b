package org.comptoir.attraction.datatourisme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.comptoir.attraction.AttractionCategory;
import org.comptoir.reference.Text;
import org.jspecify.annotations.Nullable;

/**
 * The admin's mapping, ready to apply to a record's types and themes. Identifiers are compared
 * without case once written the short way (full schema.org and DATAtourisme URIs become
 * {@code schema:X}, {@code :X} and {@code kb:X}); words are compared with theme labels folded (no
 * case, no accents), as whole words.
 */
final class TermMapping {

    /** What a record's types and themes give: the category (null when nothing matched one) and interests. */
    record Match(@Nullable AttractionCategory category, Set<String> interestCodes) {}

    private static final List<String[]> PREFIXES = List.of(
            new String[] {"http://schema.org/", "schema:"},
            new String[] {"https://schema.org/", "schema:"},
            new String[] {"https://www.datatourisme.fr/ontology/core#", ":"},
            new String[] {"http://www.datatourisme.fr/ontology/core#", ":"},
            new String[] {"https://www.datatourisme.gouv.fr/ontology/core#", ":"},
            new String[] {"https://www.datatourisme.fr/resource/core#", "kb:"},
            new String[] {"http://www.datatourisme.fr/resource/core#", "kb:"},
            new String[] {"https://www.datatourisme.gouv.fr/resource/core#", "kb:"},
            new String[] {"datatourisme:", ":"});

    private final Map<String, MappingRule> identifiers = new HashMap<>();
    private final List<Words> words = new ArrayList<>();

    private record Words(MappingRule rule, String[] words, boolean prefix) {}

    TermMapping(List<MappingRule> rules) {
        for (var rule : rules) {
            if (MappingRule.isIdentifier(rule.sourceTerm())) {
                identifiers.put(rule.sourceTerm().strip().toLowerCase(Locale.ROOT), rule);
            } else {
                var term = rule.sourceTerm().strip();
                var prefix = term.endsWith("*");
                var folded = Text.fold(prefix ? term.substring(0, term.length() - 1) : term);
                if (!folded.isEmpty()) {
                    words.add(new Words(rule, folded.split(" "), prefix));
                }
            }
        }
    }

    /** "http://schema.org/Museum" → "schema:Museum"; "Museum" stays "Museum" (tried as :Museum, then schema:Museum). */
    static String shortForm(String term) {
        var stripped = term.strip();
        for (var prefix : PREFIXES) {
            if (stripped.regionMatches(true, 0, prefix[0], 0, prefix[0].length())) {
                return prefix[1] + stripped.substring(prefix[0].length());
            }
        }
        return stripped;
    }

    Match match(List<String> types, List<String> themes) {
        var matched = new ArrayList<MappingRule>();
        for (var type : types) {
            var rule = identifier(type);
            if (rule != null) {
                matched.add(rule);
            }
        }
        for (var theme : themes) {
            var rule = identifier(theme);
            if (rule != null) {
                matched.add(rule);
            } else if (!MappingRule.isIdentifier(theme)) {
                var label = Text.fold(theme).split(" ");
                words.stream().filter(w -> contains(label, w)).forEach(w -> matched.add(w.rule()));
            }
        }
        AttractionCategory category = null;
        int best = Integer.MIN_VALUE;
        var interests = new LinkedHashSet<String>();
        for (var rule : matched) {
            if (rule.category() != null && rule.priority() > best) {
                category = rule.category();
                best = rule.priority();
            }
            if (rule.interestCode() != null) {
                interests.add(rule.interestCode());
            }
        }
        return new Match(category, interests);
    }

    private @Nullable MappingRule identifier(String term) {
        var shortForm = shortForm(term);
        var key = shortForm.toLowerCase(Locale.ROOT);
        if (MappingRule.isIdentifier(shortForm)) {
            return identifiers.get(key);
        }
        // a bare name, as flattened exports give them: DATAtourisme's own class first, then schema.org's
        var rule = identifiers.get(":" + key);
        return rule != null ? rule : identifiers.get("schema:" + key);
    }

    private static boolean contains(String[] label, Words term) {
        var wanted = term.words();
        for (int start = 0; start + wanted.length <= label.length; start++) {
            var all = true;
            for (int i = 0; i < wanted.length && all; i++) {
                var last = i == wanted.length - 1;
                all = last && term.prefix()
                        ? label[start + i].startsWith(wanted[i])
                        : label[start + i].equals(wanted[i]);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }
}
