package org.comptoir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the formatter (Spotless, checked by {@code ./mvnw verify}) cannot see: a class is named by an import,
 * not inline by its full name, unless its simple name is already taken in that file (imported from another
 * package, declared there, or a class of the same package).
 */
class SourceStyleTest {

    private static final Pattern INLINE =
            Pattern.compile("(?<![\\w.])((?:java|javax|jakarta|org|com)\\.(?:[a-z_]\\w*\\.)+)([A-Z]\\w*)");
    private static final Pattern IMPORT =
            Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)\\.(\\w+);", Pattern.MULTILINE);
    private static final Pattern DECLARED = Pattern.compile("\\b(?:class|interface|enum|record)\\s+(\\w+)");
    private static final Pattern TEXT_BLOCK = Pattern.compile("(?<!\\\\)\"\"\"");
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");

    @Test
    void classes_are_named_by_imports_not_by_their_full_name_inline() throws IOException {
        var found = new ArrayList<String>();
        for (var root : List.of(Path.of("src/main/java"), Path.of("src/test/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                var sources = files.filter(f -> f.toString().endsWith(".java")).toList();

                for (var file : sources) {
                    found.addAll(inlineNames(file));
                }
            }
        }
        assertThat(found).as("inline fully qualified names").isEmpty();
    }

    @Test
    void the_rule_sees_an_inline_name_and_lets_a_clash_through() throws IOException {
        var folder = Files.createTempDirectory("source-style");
        var file = folder.resolve("Sample.java");
        Files.writeString(file, """
                package sample;

                import com.vaadin.flow.component.Component;

                @org.springframework.stereotype.Component
                class Sample {
                    java.util.List<String> names = java.util.List.of("java.util.Map");
                    Component shown;
                    String query = \"""
                            select new org.comptoir.visit.DayCounters(count(i)) from Interaction i
                            \""";
                }
                """);
        assertThat(inlineNames(file)).containsExactly(file + ":7 java.util.List", file + ":7 java.util.List");
    }

    private static List<String> inlineNames(Path file) throws IOException {
        var text = Files.readString(file);
        var imported = new HashMap<String, String>();
        IMPORT.matcher(text).results().forEach(m -> imported.put(m.group(2), m.group(1) + "." + m.group(2)));
        var taken = new ArrayList<String>();
        DECLARED.matcher(text).results().forEach(m -> taken.add(m.group(1)));
        var lines = text.split("\n", -1);
        var found = new ArrayList<String>();
        var inTextBlock = false;
        for (int i = 0; i < lines.length; i++) {
            var line = lines[i].strip();
            // a text block holds SQL or JPQL, where a constructor expression needs the full name
            var wasInTextBlock = inTextBlock;
            inTextBlock ^= TEXT_BLOCK.matcher(line).results().count() % 2 == 1;
            if (wasInTextBlock
                    || line.startsWith("import ")
                    || line.startsWith("package ")
                    || line.startsWith("*")
                    || line.startsWith("//")
                    || line.startsWith("/*")) {
                continue;
            }
            var matcher = INLINE.matcher(STRING.matcher(lines[i]).replaceAll("\"\""));
            while (matcher.find()) {
                var simple = matcher.group(2);
                var full = matcher.group(1) + simple;
                var clash =
                        (imported.containsKey(simple) && !imported.get(simple).equals(full))
                                || taken.contains(simple)
                                || Files.exists(file.resolveSibling(simple + ".java"));
                if (!clash) {
                    found.add(file + ":" + (i + 1) + " " + full);
                }
            }
        }
        return found;
    }
}
