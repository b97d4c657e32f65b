package org.comptoir.testdb;

import java.nio.file.Path;
import java.util.HashMap;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the run command and the tests at a real MariaDB before anything connects: the server named by
 * {@code TEST_DB_URL} when set, otherwise a private one started here. The run command
 * ({@code comptoir.dev-db.persistent=true}) keeps its data in {@code .comptoir-data/}; the tests start
 * empty in {@code target/}.
 */
class EmbeddedMariaDbEnvironment implements EnvironmentPostProcessor {

    private final Log log;

    EmbeddedMariaDbEnvironment(DeferredLogFactory logs) {
        this.log = logs.getLog(EmbeddedMariaDbEnvironment.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        var configured = environment.getProperty("spring.datasource.url");
        if (configured != null && !configured.isBlank()) {
            return;
        }
        var properties = new HashMap<String, Object>();
        var external = System.getenv("TEST_DB_URL");
        if (external != null && !external.isBlank()) {
            log.info("Tests use the MariaDB named by TEST_DB_URL");
            properties.put("spring.datasource.url", external);
            properties.put("spring.datasource.username", envOr("TEST_DB_USERNAME", "root"));
            properties.put("spring.datasource.password", envOr("TEST_DB_PASSWORD", ""));
        } else {
            var persistent = environment.getProperty("comptoir.dev-db.persistent", Boolean.class, false);
            var home = persistent ? Path.of(".comptoir-data", "mariadb") : Path.of("target", "test-mariadb");
            var db = EmbeddedMariaDb.start(home, persistent);
            log.info(db.description());
            properties.put("spring.datasource.url", db.jdbcUrl());
            properties.put("spring.datasource.username", "root");
            properties.put("spring.datasource.password", "");
        }
        environment.getPropertySources().addFirst(new MapPropertySource("comptoir-database", properties));
    }

    private static String envOr(String name, String fallback) {
        var value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
