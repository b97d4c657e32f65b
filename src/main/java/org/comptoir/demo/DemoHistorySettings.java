package org.comptoir.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.core.env.Environment;

/**
 * The {@code comptoir.demo-history.*} settings.
 *
 * @param size   interactions to generate over the whole period; 0 (the default) loads nothing
 * @param seed   the same seed and size give the same rows
 * @param from   the first day, 2018-01-01 unless given
 * @param to     the last day, yesterday in the office's time zone unless given: today is the demo user's
 * @param append the command line writes into a database that already has interactions only when asked
 */
public record DemoHistorySettings(int size, long seed, LocalDate from, LocalDate to, boolean append) {

    static final String PREFIX = "comptoir.demo-history.";
    static final String SIZE = PREFIX + "size";
    static final String SEED = PREFIX + "seed";
    static final String FROM = PREFIX + "from";
    static final String TO = PREFIX + "to";
    static final String APPEND = PREFIX + "append";
    /** Starts the command line instead of the web application. */
    static final String GENERATE = PREFIX + "generate";

    static final String LANGUAGE = PREFIX + "language";
    static final long DEFAULT_SEED = 42;

    /** {@code size} interactions from {@code from} to {@code to}, the default seed, added to what is there. */
    public static DemoHistorySettings appending(int size, LocalDate from, LocalDate to) {
        return new DemoHistorySettings(size, DEFAULT_SEED, from, to, true);
    }

    /** The first day of a history unless told otherwise. */
    public static LocalDate firstDay() {
        return DemoHistory.FIRST_DAY;
    }

    static DemoHistorySettings from(Environment environment, Clock clock, ZoneId zone) {
        var yesterday = LocalDate.now(clock.withZone(zone)).minusDays(1);
        return new DemoHistorySettings(
                environment.getProperty(SIZE, Integer.class, 0),
                environment.getProperty(SEED, Long.class, DEFAULT_SEED),
                environment.getProperty(FROM, LocalDate.class, DemoHistory.FIRST_DAY),
                environment.getProperty(TO, LocalDate.class, yesterday),
                environment.getProperty(APPEND, Boolean.class, false));
    }

    static boolean commandLine(Environment environment) {
        return environment.getProperty(GENERATE, Boolean.class, false);
    }
}
