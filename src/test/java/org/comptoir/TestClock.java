package org.comptoir;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The tests' {@link Clock} bean: the machine's time, unless a test moves it to a day of its choosing
 * ({@link #setOfficeTime}); time goes on flowing from there. A test that moves it puts it back
 * ({@link #reset}) when it ends. Copies in other zones share the same offset.
 */
public final class TestClock extends Clock {

    private final AtomicReference<Duration> offset;
    private final ZoneId zone;

    TestClock(ZoneId zone) {
        this(new AtomicReference<>(Duration.ZERO), zone);
    }

    private TestClock(AtomicReference<Duration> offset, ZoneId zone) {
        this.offset = offset;
        this.zone = zone;
    }

    /** From now on, "now" is this moment in this clock's zone (the office's), and time flows on. */
    public void setOfficeTime(LocalDateTime officeTime) {
        offset.set(Duration.between(Clock.systemUTC().instant(), officeTime.atZone(zone).toInstant()));
    }

    /** Back to the machine's time. */
    public void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new TestClock(offset, zone);
    }

    @Override
    public Instant instant() {
        return Clock.systemUTC().instant().plus(offset.get());
    }
}
