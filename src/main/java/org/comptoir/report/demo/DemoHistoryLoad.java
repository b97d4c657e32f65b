package org.comptoir.report.demo;

import java.sql.SQLException;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.comptoir.base.ComptoirProperties;
import org.comptoir.report.ReportAggregates;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Generates the demo history and writes it: what the start-up loader and the command line share. */
@Component
class DemoHistoryLoad {

    /** What was written, and how long it took: the desks and users, then the rows, then the aggregates. */
    record Result(long written, long setupMillis, long aggregateMillis, long millis) {
    }

    private final DemoSetup setup;
    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final ZoneId zone;
    private final ReportAggregates aggregates;

    DemoHistoryLoad(DemoSetup setup, DataSource dataSource, ComptoirProperties properties,
                    ReportAggregates aggregates) {
        this.setup = setup;
        this.aggregates = aggregates;
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
        var rowsWritten = System.nanoTime();
        // written around the visit service: the report aggregates do not know these rows yet
        aggregates.rebuild();
        var done = System.nanoTime();
        return new Result(written, (prepared - started) / 1_000_000, (done - rowsWritten) / 1_000_000,
                (done - started) / 1_000_000);
    }
}
