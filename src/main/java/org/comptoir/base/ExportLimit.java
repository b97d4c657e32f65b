package org.comptoir.base;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many streamed exports may run at once ({@code comptoir.exports.max-concurrent}, 4 unless set). A
 * streamed export holds a pooled connection for the whole download, as slow as the reader's network: with
 * a bound below the pool's size, desk saves always find a connection. An export past the bound waits a
 * little, then is refused ({@code export.busy}); it never waits holding a connection, since the bound is
 * taken before the export's transaction starts.
 */
@Component
public class ExportLimit {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final Semaphore permits;

    ExportLimit(@Value("${comptoir.exports.max-concurrent:4}") int maxConcurrent) {
        this.permits = new Semaphore(Math.max(1, maxConcurrent), true);
    }

    /** Runs the export within the bound; call it outside any transaction, and start the export's inside. */
    public <T> T run(Supplier<T> export) {
        try {
            if (!permits.tryAcquire(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new RuleViolation("export.busy");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuleViolation("export.busy");
        }
        try {
            return export.get();
        } finally {
            permits.release();
        }
    }
}
