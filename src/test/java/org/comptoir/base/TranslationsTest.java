package org.comptoir.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TranslationsTest {

    private static final Path I18N = Path.of("src/main/resources/vaadin-i18n");

    @Test
    void every_language_file_has_the_same_keys_as_the_french_one() throws IOException {
        var french = keys(I18N.resolve("translations.properties"));
        try (var files = Files.list(I18N)) {
            var others = files.filter(f -> f.getFileName().toString().matches("translations_.+\\.properties"))
                    .toList();
            assertThat(others).isNotEmpty();
            for (var file : others) {
                assertThat(keys(file)).as(file.getFileName().toString()).isEqualTo(french);
            }
        }
    }

    @Test
    void no_file_says_a_key_twice_for_the_second_would_silently_win() throws IOException {
        try (var files = Files.list(I18N)) {
            for (var file :
                    files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                var seen = new TreeSet<String>();
                var twice = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                        .filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
                        .map(line -> line.substring(0, line.indexOf('=')).strip())
                        .filter(key -> !seen.add(key))
                        .toList();
                assertThat(twice).as(file.getFileName().toString()).isEmpty();
            }
        }
    }

    @Test
    void every_key_the_code_asks_for_literally_exists() throws IOException {
        var french = keys(I18N.resolve("translations.properties"));
        var literal = Pattern.compile("getTranslation\\(\"([a-z][\\w.-]+)\"|title = \"([a-z][\\w.-]+)\"");
        var missing = new TreeSet<String>();
        try (var sources = Files.walk(Path.of("src/main/java"))) {
            for (var source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                var matcher = literal.matcher(Files.readString(source));
                while (matcher.find()) {
                    var key = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
                    if (!key.endsWith(".") && !french.contains(key)) {
                        missing.add(key + " (" + source.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void french_is_the_default_and_english_is_offered() {
        var translations = new Translations();
        assertThat(translations.getProvidedLocales()).containsExactly(Translations.FRENCH, Translations.ENGLISH);
        assertThat(translations.getTranslation("nav.desk", Locale.GERMAN)).isEqualTo("Accueil");
        assertThat(translations.getTranslation("nav.desk", Locale.UK)).isEqualTo("Desk");
        assertThat(translations.getTranslation("password.too-short", Locale.FRENCH, 12))
                .isEqualTo("Au moins 12 caractères.");
    }

    private static Set<String> keys(Path file) throws IOException {
        var properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties.stringPropertyNames().stream().collect(Collectors.toCollection(TreeSet::new));
    }
}
