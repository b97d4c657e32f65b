package org.comptoir.api;

import org.comptoir.base.CommandLineMode;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/** When {@code comptoir.api-token.create} is given, Comptoir starts as that command (no web server). */
class ApiTokenCommandEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        var name = environment.getProperty(ApiTokenCommand.CREATE);
        if (name != null && !name.isBlank()) {
            CommandLineMode.apply(environment, "comptoir-api-token-command");
        }
    }
}
