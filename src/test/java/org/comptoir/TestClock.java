package org.comptoir;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The tests' {@link Clock} bean: the machine's day, from noon in the office's zone on, unless a test moves
 * it to a day of its choosing ({@link #setOfficeTime}); time goes on flowing from there. A test that moves
 * it puts it back ({@link #reset}) when it ends. Copies in other zones share the same offset.
 *
 * <p>Noon, because a test run is a moment of one day: a run started at 23:59 would otherwise save an
 * interaction on one day and check it on the next, which the desk rightly treats as two days. The date
 * stays the machine's, so a run under {@code faketime} on 31 December or 29 February meets that date.
 */
public final class TestClock extends Clock {

    private final AtomicReference<Duration> offset;
    private final Duration toNoon;
    private final ZoneId zone;

    TestClock(ZoneId zone) {
        this(new AtomicReference<>(), noonOffset(zone), zone);
        reset();
    }

    private TestClock(AtomicReference<Duration> offset, Duration toNoon, ZoneId zone) {
        this.offset = offset;
        this.toNoon = toNoon;
        this.zone = zone;
    }

    private static Duration noonOffset(ZoneId zone) {
        var now = Clock.system(zone).instant();
        var noon = now.atZone(zone).toLocalDate().atTime(12, 0).atZone(zone).toInstant();
        return Duration.between(now, noon);
    }

    /** From now on, "now" is this moment in this clock's zone (the office's), and time flows on. */
    public void setOfficeTime(LocalDateTime officeTime) {
        offset.set(Duration.between(
                Clock.systemUTC().instant(), officeTime.atZone(zone).toInstant()));
    }

    /** Back to the machine's day, as at the start. */
    public void reset() {
        offset.set(toNoon);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new TestClock(offset, toNoon, zone);
    }

    @Override
    public Instant instant() {
        return Clock.systemUTC().instant().plus(offset.get());
    }
}
