package org.comptoir.report.demo;

import java.util.HashMap;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * When {@code comptoir.demo-history.generate=true} is given, Comptoir starts as a command: no web
 * server, so neither Vaadin's servlet nor the web security chain, and only warnings in the log.
 */
class DemoHistoryCommandEnvironment implements EnvironmentPostProcessor {

    static final String WEB_ONLY = "com.vaadin.flow.spring.SpringBootAutoConfiguration,"
            + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!DemoHistorySettings.commandLine(environment)) {
            return;
        }
        var properties = new HashMap<String, Object>();
        properties.put("spring.main.web-application-type", "none");
        var excluded = environment.getProperty("spring.autoconfigure.exclude", "");
        properties.put("spring.autoconfigure.exclude", excluded.isBlank() ? WEB_ONLY : excluded + "," + WEB_ONLY);
        properties.put("logging.level.root", "WARN");
        properties.put("logging.level.org.comptoir", "WARN");
        environment.getPropertySources().addFirst(new MapPropertySource("comptoir-demo-history-command", properties));
    }
}
