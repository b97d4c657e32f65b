package org.comptoir.testmail;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the tests and the run command at the in-JVM SMTP server, unless a mail host is configured: what
 * Comptoir sends there arrives nowhere else.
 */
class TestMailEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        var configured = environment.getProperty("spring.mail.host");
        if (configured != null && !configured.isBlank()) {
            return;
        }
        var port = TestMailServer.start();
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "comptoir-test-mail",
                        Map.of(
                                "spring.mail.host",
                                "127.0.0.1",
                                "spring.mail.port",
                                port,
                                "comptoir.mail.from",
                                TestMailServer.FROM,
                                // a stopped server refuses at once; this only bounds a test that goes wrong
                                "spring.mail.properties.mail.smtp.connectiontimeout",
                                2000,
                                "spring.mail.properties.mail.smtp.timeout",
                                5000)));
    }
}
