package org.comptoir.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.yaml.snakeyaml.Yaml;

/**
 * What an office sets reaches Comptoir: every variable of the README's configuration table is passed to the app
 * container by docker-compose.yml, every `.env` variable the compose file reads is documented, and every setting
 * the code binds ({@code @ConfigurationProperties}) has its row. The image carries the project's version.
 */
class ComposeSettingsTest {

    private static final Pattern VARIABLE = Pattern.compile("`([A-Z][A-Z0-9_]+)`");
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]+)");
    /** Table rows the app container does not take from the office, and why. */
    private static final Map<String, String> NOT_FORWARDED =
            Map.of("SERVER_PORT", "Comptoir listens on 8080 inside the compose network; the proxy publishes the ports");
    /** Settings of the code that are not for production. */
    private static final Set<String> NOT_FOR_PRODUCTION = Set.of("COMPTOIR_DEMO");
    /** Settings that application.yml reads from a variable of another name, the one the README documents. */
    private static final Map<String, String> READ_AS = Map.of("COMPTOIR_LOGIN_FIRSTADMIN", "COMPTOIR_ADMIN_USERNAME");

    private final String readme = read("README.md");
    private final String compose = read("docker-compose.yml");

    @Test
    void every_setting_of_the_configuration_table_is_passed_to_the_app_container() {
        var environment = appEnvironment();

        assertThat(configurationTable()).isNotEmpty().allSatisfy(variable -> {
            if (!NOT_FORWARDED.containsKey(variable)) {
                assertThat(environment)
                        .as("docker-compose.yml, app's environment")
                        .containsKey(variable);
            }
        });
    }

    @Test
    void the_app_container_takes_each_setting_from_the_env_file_under_its_own_name() {
        appEnvironment().forEach((name, value) -> {
            var reference = REFERENCE.matcher(String.valueOf(value));
            if (reference.find() && name.startsWith("COMPTOIR_")) {
                assertThat(reference.group(1)).as("the .env name of %s", name).isEqualTo(name);
            }
        });
    }

    @Test
    void every_variable_the_compose_file_reads_is_documented() {
        var documented = new LinkedHashSet<>(configurationTable());
        documented.addAll(composeTable());
        var read = REFERENCE.matcher(compose).results().map(m -> m.group(1)).collect(Collectors.toSet());

        assertThat(documented).containsAll(read);
        assertThat(read).containsAll(composeTable());
        assertThat(read("deploy/env.example"))
                .contains(
                        "MARIADB_PASSWORD=",
                        "COMPTOIR_SITE=",
                        "SPRING_MAIL_HOST=",
                        "COMPTOIR_MAIL_FROM=",
                        "COMPTOIR_BACKUP_KEEP_DAYS=");
    }

    @Test
    void the_network_instances_take_the_same_settings_as_the_single_server() {
        var network = read("deploy/network/docker-compose.yml");
        var single = appEnvironment();

        for (var instance : List.of("app1", "app2")) {
            var environment = environment(network, instance);
            assertThat(environment.keySet()).as(instance).isEqualTo(single.keySet());
            single.forEach((name, value) -> {
                if (!name.equals("SPRING_DATASOURCE_URL")) {
                    assertThat(environment.get(name))
                            .as("%s: %s", instance, name)
                            .isEqualTo(value);
                }
            });
            assertThat(environment.get("SPRING_DATASOURCE_URL"))
                    .isEqualTo("jdbc:mariadb:sequential://db1:3306,db2:3306,db3:3306/comptoir");
        }
    }

    @Test
    void every_setting_the_code_binds_has_its_row() throws Exception {
        var documented =
                configurationTable().stream().map(ComposeSettingsTest::relaxed).collect(Collectors.toSet());
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        var bound = new LinkedHashSet<String>();
        for (var candidate : scanner.findCandidateComponents("org.comptoir")) {
            var type = Class.forName(candidate.getBeanClassName());
            var prefix = type.getAnnotation(ConfigurationProperties.class).value();
            assertThat(type.isRecord()).as("%s is a record", type).isTrue();
            Arrays.stream(type.getRecordComponents())
                    .map(c -> (prefix + "_" + c.getName())
                            .toUpperCase()
                            .replace('.', '_')
                            .replace("-", ""))
                    .filter(name -> !NOT_FOR_PRODUCTION.contains(name))
                    .map(name -> READ_AS.getOrDefault(name, name))
                    .forEach(bound::add);
        }

        var applicationYml = read("src/main/resources/application.yml");
        READ_AS.values().forEach(variable -> assertThat(applicationYml).contains("${" + variable + ":"));
        assertThat(bound)
                .contains("COMPTOIR_DRIVE_OFFICELATITUDE", "COMPTOIR_MAIL_FROM")
                .allSatisfy(name ->
                        assertThat(documented).as("README row for %s", name).contains(relaxed(name)));
    }

    @Test
    void the_image_is_tagged_with_the_projects_version() {
        var pom = read("pom.xml");
        var version = Pattern.compile("<artifactId>comptoir</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(pom);
        assertThat(version.find()).isTrue();

        assertThat(compose).contains("image: comptoir:${COMPTOIR_VERSION:-" + version.group(1) + "}");
    }

    private Map<String, Object> appEnvironment() {
        return environment(compose, "app");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(String composeFile, String service) {
        Map<String, Object> root = new Yaml().load(composeFile);
        var services = (Map<String, Object>) root.get("services");
        return (Map<String, Object>) ((Map<String, Object>) services.get(service)).get("environment");
    }

    private List<String> configurationTable() {
        return variables(table("## Configuration", "| Setting (environment variable)"));
    }

    private List<String> composeTable() {
        return variables(table("## Configuration", "| Setting (`.env`)"));
    }

    /** The first column of the table whose header starts so, after the heading. */
    private String table(String heading, String header) {
        var section = readme.substring(readme.indexOf(heading));
        var start = section.indexOf(header);
        assertThat(start).as("README: %s table", header).isNotNegative();
        return section.substring(start)
                .lines()
                .skip(2)
                .takeWhile(l -> l.startsWith("|"))
                .map(l -> l.split("\\|")[1])
                .collect(Collectors.joining("\n"));
    }

    private static List<String> variables(String column) {
        return VARIABLE.matcher(column).results().map(m -> m.group(1)).toList();
    }

    /** Spring's relaxed binding: COMPTOIR_OFFICE_NAME and COMPTOIR_OFFICENAME are one setting. */
    private static String relaxed(String variable) {
        return variable.replace("_", "");
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
