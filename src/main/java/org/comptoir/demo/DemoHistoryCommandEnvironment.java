package org.comptoir.demo;

import org.comptoir.base.CommandLineMode;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/** When {@code comptoir.demo-history.generate=true} is given, Comptoir starts as a command (no web server). */
class DemoHistoryCommandEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (DemoHistorySettings.commandLine(environment)) {
            CommandLineMode.apply(environment, "comptoir-demo-history-command");
        }
    }
}
