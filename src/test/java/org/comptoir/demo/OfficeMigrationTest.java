package org.comptoir.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.comptoir.ComptoirTest;
import org.comptoir.TestUsers;
import org.comptoir.attraction.AttractionService;
import org.comptoir.base.ComptoirProperties;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.report.aggregate.ReportAggregates;
import org.comptoir.security.AppRoles;
import org.comptoir.security.UserService;
import org.comptoir.testdb.EmbeddedMariaDb;
import org.comptoir.visit.InteractionBulkWriter;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Migration V0025 (offices, issue 16) on a database holding the demo history: the database of one office as it
 * was before offices (V0021) becomes one office named by COMPTOIR_OFFICE_NAME, every desk and every user attached
 * to it, and no row of any table is lost. The demo history is written into a range of years no other test reads
 * (1992–1993) of the shared test database, then the whole database is copied into one at V0021.
 */
@ComptoirTest
class OfficeMigrationTest {

    // the newest migration before offices on this branch (V0022–V0024 were given to other work)
    private static final String BEFORE_OFFICES = "0021";
    private static final String COPY = "comptoir_before_offices";
    private static final String IN_RANGE = "occurred_at >= '1992-01-01' AND occurred_at < '1994-01-01'";

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    List<JavaMigration> javaMigrations;

    @Autowired
    ReferenceListService lists;

    @Autowired
    UserService users;

    @Autowired
    AttractionService attractions;

    @Autowired
    ComptoirProperties properties;

    @Autowired
    InteractionBulkWriter writer;

    @Autowired
    ReportAggregates aggregates;

    @Test
    void a_single_office_database_with_the_demo_history_becomes_one_office_and_loses_nothing() {
        assumeThat(System.getenv("TEST_DB_URL"))
                .as("a second database on the tests' own MariaDB")
                .isNullOrEmpty();
        var notDemo = new ComptoirProperties(
                false, null, properties.officeName(), properties.timeZone(), 5, Duration.ofMinutes(15));
        var setup = new DemoSetup(lists, users, attractions, notDemo);
        var history = new DemoHistory(42, 2_000, LocalDate.of(1992, 1, 1), LocalDate.of(1993, 12, 31), setup.prepare());
        assertThat(TestUsers.as("admin", AppRoles.ADMIN, () -> writer.write(history.rows())))
                .isEqualTo(2_000);
        jdbc.execute("DROP DATABASE IF EXISTS " + COPY);
        jdbc.execute("CREATE DATABASE " + COPY + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        var copy = new DriverManagerDataSource(EmbeddedMariaDb.current().jdbcUrl(COPY), "root", "");
        flyway(copy).target(BEFORE_OFFICES).load().migrate();
        var copyJdbc = new JdbcTemplate(copy);
        copyEveryRow(copyJdbc);
        var before = counts(copyJdbc);
        assertThat(copyJdbc.queryForObject("SELECT COUNT(*) FROM interaction WHERE " + IN_RANGE, Long.class))
                .isEqualTo(2_000);
        assertThat(before.get("app_user")).isPositive();

        var result = flyway(copy).load().migrate();

        assertThat(result.success).isTrue();
        assertThat(counts(copyJdbc)).as("every table keeps every row").containsAllEntriesOf(before);
        assertThat(copyJdbc.queryForList("SELECT name FROM office", String.class))
                .containsExactly(properties.officeName());
        var office = copyJdbc.queryForObject("SELECT id FROM office", Long.class);
        assertThat(copyJdbc.queryForList("SELECT DISTINCT office_id FROM desk", Long.class))
                .containsExactly(office);
        assertThat(copyJdbc.queryForObject(
                        "SELECT COUNT(*) FROM app_user u JOIN app_user_office o ON o.user_id = u.id"
                                + " WHERE o.office_id = ?",
                        Long.class,
                        office))
                .isEqualTo(before.get("app_user"));
        assertThat(copyJdbc.queryForObject("SELECT COUNT(*) FROM app_user_office", Long.class))
                .isEqualTo(before.get("app_user"));
    }

    @AfterEach
    void forgetTheCopyAndTheRange() {
        jdbc.execute("DROP DATABASE IF EXISTS " + COPY);
        jdbc.update("DELETE FROM interaction WHERE " + IN_RANGE);
        aggregates.rebuild();
    }

    /** Every row of the shared test database, into the copy's tables (the columns the copy has, V0021's). */
    private void copyEveryRow(JdbcTemplate copyJdbc) {
        var tables = copyJdbc.queryForList(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = ? AND table_type = 'BASE TABLE'"
                        + " AND table_name <> 'flyway_schema_history'",
                String.class,
                COPY);
        var single = new SingleConnectionDataSource(EmbeddedMariaDb.current().jdbcUrl(COPY), "root", "", true);
        try {
            var session = new JdbcTemplate(single);
            session.execute("SET FOREIGN_KEY_CHECKS = 0");
            for (var table : tables) {
                var columns = String.join(
                        ", ",
                        copyJdbc.queryForList(
                                "SELECT CONCAT('`', column_name, '`') FROM information_schema.columns"
                                        + " WHERE table_schema = ? AND table_name = ? AND extra NOT LIKE '%GENERATED%'"
                                        + " ORDER BY ordinal_position",
                                String.class, COPY, table));
                session.execute("DELETE FROM `" + table + "`");
                session.execute("INSERT INTO `" + table + "` (" + columns + ") SELECT " + columns + " FROM "
                        + EmbeddedMariaDb.DATABASE + ".`" + table + "`");
            }
            session.execute("SET FOREIGN_KEY_CHECKS = 1");
        } finally {
            single.destroy();
        }
    }

    private static Map<String, Long> counts(JdbcTemplate jdbc) {
        var counts = new LinkedHashMap<String, Long>();
        for (var table : jdbc.queryForList(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                        + " AND table_type = 'BASE TABLE' AND table_name <> 'flyway_schema_history'"
                        + " ORDER BY table_name",
                String.class)) {
            counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM `" + table + "`", Long.class));
        }
        return counts;
    }

    private FluentConfiguration flyway(DataSource database) {
        return Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration")
                .javaMigrations(javaMigrations.toArray(JavaMigration[]::new));
    }
}
