package org.comptoir.attraction.datatourisme;

import org.comptoir.base.CommandLineMode;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * When {@code comptoir.import.file} is given, Comptoir starts as a command-line import (no web server).
 * Without it, nothing changes.
 */
class ImportCommandEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        var file = environment.getProperty(ImportCommand.FILE);
        if (file != null && !file.isBlank()) {
            CommandLineMode.apply(environment, "comptoir-import-command");
        }
    }
}
