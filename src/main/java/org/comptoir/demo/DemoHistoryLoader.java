package org.comptoir.demo;

import java.time.Clock;
import org.comptoir.base.ComptoirProperties;
import org.comptoir.base.StartupOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Fills a new database with the demo history at start-up, when {@code comptoir.demo-history.size}
 * is above 0 (the run command's demo profile sets it; production and the tests do not) and the
 * database has no interaction yet. After the demo users and the starter set, whose attractions the
 * counsellors pick; before the report aggregates' own start-up check, which then finds them rebuilt
 * ({@link StartupOrder}).
 */
@Component
@Order(StartupOrder.DEMO_HISTORY)
class DemoHistoryLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoHistoryLoader.class);

    private final DemoHistoryLoad load;
    private final Environment environment;
    private final Clock clock;
    private final ComptoirProperties properties;

    DemoHistoryLoader(DemoHistoryLoad load, Environment environment, Clock clock, ComptoirProperties properties) {
        this.load = load;
        this.environment = environment;
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (DemoHistorySettings.commandLine(environment)) {
            return;
        }
        var settings = DemoHistorySettings.from(environment, clock, properties.timeZone());
        if (settings.size() <= 0 || load.interactions() > 0) {
            return;
        }
        var result = load.load(settings);
        log.info(
                "Demo history: {} interactions, {} satisfaction answers and {} complaints from {} to {} (seed {}) in {} ms, of which {}"
                        + " ms for the demo desks and users (the report aggregates' rebuild is logged on its own)",
                result.written(),
                result.surveyAnswers(),
                result.complaints(),
                settings.from(),
                settings.to(),
                settings.seed(),
                result.millis(),
                result.setupMillis());
    }
}
