package org.comptoir.demo;

import org.comptoir.security.CurrentUser;
import org.comptoir.visit.InteractionBulkWriter;
import org.comptoir.visit.VisitService;
import org.springframework.stereotype.Component;

/** Generates the demo history and writes it: what the start-up loader, the command line and the benchmarks share. */
@Component
public class DemoHistoryLoad {

    /**
     * What was written, and how long it took: the desks and users, then the rows and the report aggregates the
     * writer's event has rebuilt.
     */
    public record Result(long written, long setupMillis, long millis) {}

    private final DemoSetup setup;
    private final InteractionBulkWriter writer;
    private final VisitService visits;

    DemoHistoryLoad(DemoSetup setup, InteractionBulkWriter writer, VisitService visits) {
        this.setup = setup;
        this.writer = writer;
        this.visits = visits;
    }

    /** Interactions already in the database, deleted ones included. */
    long interactions() {
        return CurrentUser.asAdmin("demo-history", visits::countAll);
    }

    /** Adds the desks and counsellors the history needs (in demo mode), then the history; what it wrote. */
    public Result load(DemoHistorySettings settings) {
        var started = System.nanoTime();
        var references = setup.prepare();
        var prepared = System.nanoTime();
        var history = new DemoHistory(settings.seed(), settings.size(), settings.from(), settings.to(), references);
        var written = CurrentUser.asAdmin("demo-history", () -> writer.write(history.rows()));
        var done = System.nanoTime();
        return new Result(written, (prepared - started) / 1_000_000, (done - started) / 1_000_000);
    }
}
