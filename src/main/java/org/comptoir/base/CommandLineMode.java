package org.comptoir.base;

import java.util.HashMap;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Comptoir started as a command (an import, the demo history): no web server, so neither Vaadin's servlet
 * nor the web security chain, and only warnings in the log, so that the command's own summary on the
 * standard output is not drowned by start-up chatter.
 */
public final class CommandLineMode {

    public static final String WEB_ONLY = "com.vaadin.flow.spring.SpringBootAutoConfiguration,"
            + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration";

    private CommandLineMode() {}

    /** Switches the environment to command-line mode; {@code name} names the property source. */
    public static void apply(ConfigurableEnvironment environment, String name) {
        var properties = new HashMap<String, Object>();
        properties.put("spring.main.web-application-type", "none");
        var excluded = environment.getProperty("spring.autoconfigure.exclude", "");
        properties.put("spring.autoconfigure.exclude", excluded.isBlank() ? WEB_ONLY : excluded + "," + WEB_ONLY);
        properties.put("logging.level.root", "WARN");
        properties.put("logging.level.org.comptoir", "WARN");
        environment.getPropertySources().addFirst(new MapPropertySource(name, properties));
    }
}
