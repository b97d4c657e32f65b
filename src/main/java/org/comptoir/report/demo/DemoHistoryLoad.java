package org.comptoir.report.demo;

import java.sql.SQLException;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.comptoir.base.ComptoirProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Generates the demo history and writes it: what the start-up loader and the command line share. */
@Component
class DemoHistoryLoad {

    /** What was written, and how long it took: the desks and users first, then the rows. */
    record Result(long written, long setupMillis, long millis) {
    }

    private final DemoSetup setup;
    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final ZoneId zone;

    DemoHistoryLoad(DemoSetup setup, DataSource dataSource, ComptoirProperties properties) {
        this.setup = setup;
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.zone = properties.timeZone();
    }

    /** Interactions already in the database, deleted ones included. */
    long interactions() {
        var count = jdbc.queryForObject("SELECT COUNT(*) FROM interaction", Long.class);
        return count == null ? 0 : count;
    }

    Result load(DemoHistorySettings settings) throws SQLException {
        var started = System.nanoTime();
        var references = setup.prepare();
        var prepared = System.nanoTime();
        var history = new DemoHistory(settings.seed(), settings.size(), settings.from(), settings.to(), references);
        var written = new DemoHistoryWriter(dataSource, zone).write(history.rows());
        // TODO(issue 6): call ReportAggregates.rebuild() here once the lead's aggregates are in main: the rows
        // above were written around the visit service, so the report aggregates do not know them yet.
        var done = System.nanoTime();
        return new Result(written, (prepared - started) / 1_000_000, (done - started) / 1_000_000);
    }
}
