package org.comptoir.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.comptoir.ComptoirTest;
import org.comptoir.TestUsers;
import org.comptoir.report.Comparison;
import org.comptoir.report.RawReports;
import org.comptoir.report.ReportFilter;
import org.comptoir.report.ReportKind;
import org.comptoir.report.ReportPeriod;
import org.comptoir.report.ReportRequest;
import org.comptoir.report.ReportService;
import org.comptoir.security.AppRoles;
import org.comptoir.testdb.EmbeddedMariaDb;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * An office that installed the first release (migrations up to V0003: users, desks, the lists and the
 * interactions) and upgrades to today's: Flyway brings its database to the latest version, the schema is the one
 * a new installation gets, and the rows written by the first release are still there and counted by today's
 * reports.
 */
@ComptoirTest
class UpgradeFromFirstReleaseTest {

    private static final String FIRST_RELEASE = "3";
    private static final String UPGRADED = "comptoir_upgraded";

    @Autowired
    DataSource dataSource;

    @Autowired
    ReportService reports;

    /** The migrations written in Java (V0020), as the application's Flyway gets them. */
    @Autowired
    List<JavaMigration> javaMigrations;

    @Test
    void a_database_of_the_first_release_migrates_to_todays_schema_and_keeps_its_rows() {
        assumeThat(System.getenv("TEST_DB_URL"))
                .as("a second database on the tests' own MariaDB")
                .isNullOrEmpty();
        var jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("DROP DATABASE IF EXISTS " + UPGRADED);
        jdbc.execute("CREATE DATABASE " + UPGRADED + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        var old = upgradedDatabase();
        var firstRelease = flyway(old).target(FIRST_RELEASE).load();
        firstRelease.migrate();
        assertThat(firstRelease.info().current().getVersion()).isEqualTo(MigrationVersion.fromVersion(FIRST_RELEASE));
        var oldJdbc = new JdbcTemplate(old);
        writeWhatTheFirstReleaseWrote(oldJdbc);

        var today = flyway(old).load();
        var result = today.migrate();

        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isPositive();
        assertThat(today.info().pending()).isEmpty();
        assertThat(today.validateWithResult().validationSuccessful).isTrue();
        assertThat(schema(oldJdbc, UPGRADED))
                .as("the schema a new installation gets")
                .isEqualTo(schema(jdbc, EmbeddedMariaDb.DATABASE));
        assertThat(oldJdbc.queryForObject(
                        "SELECT username FROM app_user WHERE display_name = 'Anne Première'", String.class))
                .isEqualTo("anne");
        assertThat(oldJdbc.queryForObject("SELECT COUNT(*) FROM interaction_interest", Integer.class))
                .isEqualTo(1);
        var request = new ReportRequest(
                ReportKind.ORIGINS,
                ReportPeriod.year(2025),
                new ReportFilter(null, null, null),
                Comparison.none(),
                false);
        var report = TestUsers.as(
                "director", AppRoles.DIRECTOR, () -> RawReports.report(reports, oldJdbc, request, Locale.FRENCH));
        assertThat(report.sections().stream().flatMap(s -> s.rows().stream()).map(r -> r.label()))
                .contains("Allemagne", "Pays-Bas");
    }

    @AfterEach
    void dropTheUpgradedDatabase() {
        new JdbcTemplate(dataSource).execute("DROP DATABASE IF EXISTS " + UPGRADED);
    }

    private static void writeWhatTheFirstReleaseWrote(JdbcTemplate jdbc) {
        var desk = jdbc.queryForObject("SELECT id FROM desk WHERE code = 'MAIN'", Long.class);
        jdbc.update(
                "INSERT INTO app_user (username, display_name, password_hash, desk_id, created_at,"
                        + " password_changed_at) VALUES ('anne', 'Anne Première', '{noop}x', ?, NOW(6), NOW(6))",
                desk);
        jdbc.update("INSERT INTO app_user_role (user_id, role) SELECT id, 'COUNSELLOR' FROM app_user");
        for (var visit :
                List.of(new Object[] {"2025-07-14 10:00:00", "DE", 2}, new Object[] {"2025-08-02 15:30:00", "NL", 3})) {
            jdbc.update(
                    "INSERT INTO interaction (occurred_at, desk_id, counsellor, channel, adults, children,"
                            + " visitor_type, country, created_at, updated_at, updated_by)"
                            + " VALUES (?, ?, 'anne', 'DESK', ?, 0, 'TOURIST', ?, NOW(6), NOW(6), 'anne')",
                    visit[0],
                    desk,
                    visit[2],
                    visit[1]);
        }
        jdbc.update("INSERT INTO interaction_interest (interaction_id, interest_id)"
                + " SELECT MIN(i.id), MIN(x.id) FROM interaction i, interest x");
    }

    private static List<String> schema(JdbcTemplate jdbc, String database) {
        return jdbc.queryForList(
                "SELECT CONCAT_WS(' ', table_name, column_name, column_type, is_nullable,"
                        + " COALESCE(column_default, '-')) FROM information_schema.columns WHERE table_schema = ?"
                        + " AND table_name <> 'flyway_schema_history' ORDER BY table_name, ordinal_position",
                String.class,
                database);
    }

    private FluentConfiguration flyway(DataSource database) {
        return Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration")
                .javaMigrations(javaMigrations.toArray(JavaMigration[]::new));
    }

    private static DataSource upgradedDatabase() {
        return new DriverManagerDataSource(EmbeddedMariaDb.current().jdbcUrl(UPGRADED), "root", "");
    }
}
