package org.comptoir.demo;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Locale;
import org.comptoir.base.ComptoirProperties;
import org.comptoir.base.StartupOrder;
import org.comptoir.base.Translations;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.ConversionException;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The demo history from the command line, without the web server:
 * {@code --comptoir.demo-history.generate=true --comptoir.demo-history.size=200000
 * [--comptoir.demo-history.seed=42] [--comptoir.demo-history.from=2018-01-01] [--comptoir.demo-history.to=...]
 * [--comptoir.demo-history.append=true]}. Refuses a database that already has interactions unless
 * appending is asked, prints what it did, and exits with 0 (written), 1 (refused, nothing written) or 2
 * (wrong settings or a database error, nothing written).
 */
@Component
@ConditionalOnBooleanProperty(DemoHistorySettings.GENERATE)
@Order(StartupOrder.COMMANDS)
class DemoHistoryCommand implements ApplicationRunner {

    static final int OK = 0;
    static final int REFUSED = 1;
    static final int FAILED = 2;

    private final DemoHistoryLoad load;
    private final Translations translations;
    private final Environment environment;
    private final Clock clock;
    private final ComptoirProperties properties;
    private final ConfigurableApplicationContext context;

    DemoHistoryCommand(
            DemoHistoryLoad load,
            Translations translations,
            Environment environment,
            Clock clock,
            ComptoirProperties properties,
            ConfigurableApplicationContext context) {
        this.load = load;
        this.translations = translations;
        this.environment = environment;
        this.clock = clock;
        this.properties = properties;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        var locale = Translations.supported(
                Locale.forLanguageTag(environment.getProperty(DemoHistorySettings.LANGUAGE, "fr")));
        int code;
        try {
            code = execute(DemoHistorySettings.from(environment, clock, properties.timeZone()), locale, System.out);
        } catch (ConversionException | IllegalArgumentException unreadable) {
            // a size or a date that does not parse
            System.out.println(text(locale, "demo-history.cli.settings", unreadable.getMessage()));
            code = FAILED;
        }
        var exit = code;
        System.exit(SpringApplication.exit(context, () -> exit));
    }

    /** Checks the settings and the database, writes, and says what it did; the exit code. */
    int execute(DemoHistorySettings settings, Locale locale, PrintStream out) {
        if (settings.size() <= 0 || settings.to().isBefore(settings.from())) {
            out.println(text(
                    locale,
                    "demo-history.cli.settings",
                    "size " + settings.size() + ", " + settings.from() + " → " + settings.to()));
            return FAILED;
        }
        var existing = load.interactions();
        if (existing > 0 && !settings.append()) {
            out.println(text(locale, "demo-history.cli.refused", existing));
            return REFUSED;
        }
        try {
            var result = load.load(settings);
            out.println(text(
                    locale,
                    "demo-history.cli.done",
                    result.written(),
                    settings.from(),
                    settings.to(),
                    String.valueOf(settings.seed()),
                    result.millis() / 1000.0));
            return OK;
        } catch (DataAccessException failure) {
            out.println(text(locale, "demo-history.cli.failed", String.valueOf(failure.getMessage())));
            return FAILED;
        }
    }

    private String text(Locale locale, String key, Object... arguments) {
        return translations.getTranslation(key, locale, arguments);
    }
}
