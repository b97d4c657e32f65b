package org.comptoir.attraction.datatourisme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.comptoir.ComptoirTest;
import org.comptoir.TestUsers;
import org.comptoir.attraction.AttractionFilter;
import org.comptoir.attraction.AttractionService;
import org.comptoir.base.Translations;
import org.comptoir.security.AppRoles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The command-line import, called as the runner calls it: it prints the preview, commits only when
 * asked, runs as an admin whoever starts it, and says why a file cannot be imported.
 */
@ComptoirTest
class ImportCommandTest {

    @Autowired
    ImportService imports;

    @Autowired
    Translations translations;

    @Autowired
    Environment environment;

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    AttractionService attractions;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path temp;

    private final String tag = "c" + UUID.randomUUID().toString().substring(0, 8);
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @AfterEach
    void deleteWhatWasImported() {
        jdbc.update("delete from attraction where source_uri like ?", Fixtures.prefix(tag) + "%");
    }

    @Test
    void without_commit_it_prints_the_summary_and_the_rejected_records_and_writes_nothing() {
        var file = Fixtures.copy("clermont-sample.jsonld", temp, tag);

        var code = command().execute(file, false, Locale.FRENCH, out);

        assertThat(code).isEqualTo(ImportCommand.OK);
        assertThat(output())
                .contains(
                        "clermont-sample.jsonld : 11 points — nouveaux : 10, mis à jour : 0, inchangés : 0, rejetés : 1.",
                        "rejeté n° 11 « Bureau d’information touristique de Royat » : Coordonnées manquantes.",
                        "Aperçu seulement : rien n’a été enregistré.");
        assertThat(count()).isZero();
        assertThat(SecurityContextHolder.getContext().getAuthentication())
                .as("the admin role was only lent")
                .isNull();
    }

    @Test
    void with_commit_it_imports_and_says_what_it_wrote_in_english_when_asked() {
        var file = Fixtures.copy("clermont-sample.jsonld", temp, tag);

        var code = command().execute(file, true, Locale.ENGLISH, out);

        assertThat(code).isEqualTo(ImportCommand.OK);
        assertThat(output())
                .contains(
                        "new: 10",
                        "rejected no. 11",
                        "Import done — created: 10, updated: 0, unchanged: 0, rejected (not imported): 1.");
        assertThat(count()).isEqualTo(10);
        assertThat(TestUsers.as(
                        "counsellor",
                        AppRoles.COUNSELLOR,
                        () -> attractions.count(AttractionFilter.text("Gergovie Plateau Visitor Centre"))))
                .isEqualTo(1);
    }

    @Test
    void an_unreadable_or_missing_file_stops_with_a_clear_message() {
        assertThat(command().execute(Fixtures.path("latin1.jsonld"), true, Locale.FRENCH, out))
                .isEqualTo(ImportCommand.FILE_ERROR);
        assertThat(output())
                .contains("Le fichier latin1.jsonld ne peut pas être importé : il n’est pas encodé en UTF-8 "
                        + "(vers la ligne 37).");
        assertThat(command().execute(temp.resolve("absent.jsonld"), true, Locale.FRENCH, out))
                .isEqualTo(ImportCommand.FILE_ERROR);
        assertThat(output()).contains("Fichier introuvable");
    }

    @Test
    void the_command_line_switches_the_web_server_off_only_when_a_file_is_given() {
        var withFile = new StandardEnvironment();
        withFile.getPropertySources()
                .addFirst(new MapPropertySource(
                        "args",
                        Map.of(ImportCommand.FILE, "poi.jsonld", "spring.autoconfigure.exclude", "org.example.Other")));
        new ImportCommandEnvironment().postProcessEnvironment(withFile, new SpringApplication());
        assertThat(withFile.getProperty("spring.main.web-application-type")).isEqualTo("none");
        assertThat(withFile.getProperty("spring.autoconfigure.exclude"))
                .startsWith("org.example.Other,")
                .contains("com.vaadin.flow.spring.SpringBootAutoConfiguration");

        var web = new StandardEnvironment();
        new ImportCommandEnvironment().postProcessEnvironment(web, new SpringApplication());
        assertThat(web.getProperty("spring.main.web-application-type")).isNull();
        assertThat(environment.getProperty("spring.main.web-application-type"))
                .as("this test's application")
                .isNull();
        assertThat(context.getBeanNamesForType(ImportCommand.class))
                .as("no runner without a file")
                .isEmpty();
    }

    private ImportCommand command() {
        return new ImportCommand(imports, translations, environment, context);
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    private int count() {
        var count = jdbc.queryForObject(
                "select count(*) from attraction where source_uri like ?", Integer.class, Fixtures.prefix(tag) + "%");
        return count == null ? 0 : count;
    }
}
