package org.comptoir.attraction.datatourisme;

import java.util.HashMap;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * When {@code comptoir.import.file} is given, Comptoir starts as a command-line import: no web server,
 * so neither Vaadin's servlet nor the web security chain, and only warnings in the log. Without it,
 * nothing changes.
 */
class ImportCommandEnvironment implements EnvironmentPostProcessor {

    static final String WEB_ONLY = "com.vaadin.flow.spring.SpringBootAutoConfiguration,"
            + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        var file = environment.getProperty(ImportCommand.FILE);
        if (file == null || file.isBlank()) {
            return;
        }
        var properties = new HashMap<String, Object>();
        properties.put("spring.main.web-application-type", "none");
        var excluded = environment.getProperty("spring.autoconfigure.exclude", "");
        properties.put("spring.autoconfigure.exclude", excluded.isBlank() ? WEB_ONLY : excluded + "," + WEB_ONLY);
        // the summary goes to the standard output; start-up chatter would drown it
        properties.put("logging.level.root", "WARN");
        properties.put("logging.level.org.comptoir", "WARN");
        environment.getPropertySources().addFirst(new MapPropertySource("comptoir-import-command", properties));
    }
}
