package org.comptoir.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.comptoir.ComptoirTest;
import org.comptoir.TestDesks;
import org.comptoir.TestUsers;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.report.Comparison;
import org.comptoir.report.RawReports;
import org.comptoir.report.ReportFilter;
import org.comptoir.report.ReportKind;
import org.comptoir.report.ReportPeriod;
import org.comptoir.report.ReportRequest;
import org.comptoir.report.ReportService;
import org.comptoir.report.aggregate.ReportAggregates;
import org.comptoir.security.AppRoles;
import org.comptoir.testdb.EmbeddedMariaDb;
import org.comptoir.visit.Channel;
import org.comptoir.visit.Interactions;
import org.comptoir.visit.StayLength;
import org.comptoir.visit.VisitService;
import org.comptoir.visit.VisitorType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The restore drill, without Docker: the backup script of the compose setup (deploy/backup/backup.sh) dumps the
 * tests' MariaDB with the MariaDB client tools and restores the dump into an empty database; Flyway finds the
 * restored schema valid, every table holds the same rows, and a report computed from the restored raw rows equals
 * the live one. Old dumps rotate out.
 */
@ComptoirTest
class RestoreDrillTest {

    private static final String RESTORED = "comptoir_restored";
    private static final Path SCRIPT = Path.of("deploy", "backup", "backup.sh");

    @Autowired
    DataSource dataSource;

    @Autowired
    ReferenceListService lists;

    @Autowired
    VisitService visits;

    @Autowired
    ReportService reports;

    @Autowired
    ReportAggregates aggregates;

    /** The migrations written in Java (V0020), as the application's Flyway gets them. */
    @Autowired
    List<JavaMigration> javaMigrations;

    private Long desk;

    @Test
    void a_backup_restored_into_an_empty_database_has_every_row_and_gives_the_same_report() throws Exception {
        assumeThat(System.getenv("TEST_DB_URL"))
                .as("the drill runs on the tests' own MariaDB")
                .isNullOrEmpty();
        logAFewVisits();
        var backups = emptyFolder("restore-drill");

        var dump = run(backups, "now");
        var file = Files.list(backups)
                .filter(f -> f.getFileName().toString().endsWith(".sql.gz"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no backup file: " + dump));
        run(backups, "restore", file.getFileName().toString(), RESTORED);

        var restored = restoredDatabase();
        assertThat(Flyway.configure()
                        .dataSource(restored)
                        .locations("classpath:db/migration")
                        .javaMigrations(javaMigrations.toArray(JavaMigration[]::new))
                        .load()
                        .validateWithResult()
                        .validationSuccessful)
                .as("Flyway finds the restored schema valid")
                .isTrue();
        var live = rowCounts(new JdbcTemplate(dataSource), EmbeddedMariaDb.DATABASE);
        assertThat(live).containsKeys("interaction", "app_user", "attraction", "flyway_schema_history");
        assertThat(live.get("interaction")).isGreaterThanOrEqualTo(4);
        assertThat(rowCounts(new JdbcTemplate(restored), RESTORED))
                .as("every table's rows")
                .isEqualTo(live);

        var request = new ReportRequest(
                ReportKind.ORIGINS,
                ReportPeriod.year(2024),
                new ReportFilter(desk, null, null),
                Comparison.none(),
                false);
        var beforeTheBackup = TestUsers.as("director", AppRoles.DIRECTOR, () -> reports.report(request, Locale.FRENCH));
        var fromTheRestoredRows = TestUsers.as(
                "director",
                AppRoles.DIRECTOR,
                () -> RawReports.report(reports, new JdbcTemplate(restored), request, Locale.FRENCH));
        assertThat(fromTheRestoredRows).isEqualTo(beforeTheBackup);
        assertThat(beforeTheBackup.sections().getFirst().rows())
                .as("the report has figures to compare")
                .isNotEmpty();
    }

    @Test
    void backups_older_than_the_days_to_keep_rotate_out() throws Exception {
        assumeThat(System.getenv("TEST_DB_URL"))
                .as("the drill runs on the tests' own MariaDB")
                .isNullOrEmpty();
        var backups = emptyFolder("rotation");
        // the script rotates by the date in the name, on the machine's clock (as the nightly service does): the
        // names are dated from that clock too, so that the verdict is the same on any day
        var today = LocalDate.now(ZoneId.systemDefault());
        var old = backups.resolve("comptoir-" + today.minusDays(15) + "-023000.sql.gz");
        var recent = backups.resolve("comptoir-" + today.minusDays(13) + "-023000.sql.gz");
        var notOurs = backups.resolve("notes-" + today.minusDays(30) + ".txt");
        for (var file : List.of(old, recent, notOurs)) {
            Files.writeString(file, "x");
        }

        var output = run(backups, "now");

        assertThat(old).doesNotExist();
        assertThat(recent).exists();
        assertThat(notOurs).exists();
        assertThat(output).contains("rotated out " + old);
        try (var files = Files.list(backups)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .anySatisfy(name -> assertThat(name).matches("comptoir-\\d{4}-\\d{2}-\\d{2}-\\d{6}\\.sql\\.gz"));
        }
    }

    @AfterEach
    void forgetTheDrill() {
        var jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("DROP DATABASE IF EXISTS " + RESTORED);
        if (desk != null) {
            jdbc.update(
                    "DELETE a FROM interaction_audit a JOIN interaction i ON i.id = a.interaction_id"
                            + " WHERE i.desk_id = ?",
                    desk);
            jdbc.update("DELETE FROM interaction WHERE desk_id = ?", desk);
            aggregates.rebuild();
        }
    }

    private void logAFewVisits() {
        desk = TestDesks.create(lists, "DRILL", "Exercice", "Drill");
        var visitors = Map.of("DE", 3, "NL", 2, "FR", 1);
        visitors.forEach((country, adults) -> TestUsers.asHistoryWriter(
                "counsellor",
                () -> visits.save(
                        Interactions.draft()
                                .occurredAt(LocalDateTime.of(2024, 7, 14, 10, adults))
                                .deskId(desk)
                                .channel(Channel.DESK)
                                .adults(adults)
                                .children(1)
                                .visitorType(VisitorType.TOURIST)
                                .country(country)
                                .departement("FR".equals(country) ? "75" : null)
                                .stayLength(StayLength.TWO_THREE_NIGHTS)
                                .build(),
                        TestUsers.HISTORY_REASON)));
        TestUsers.asHistoryWriter(
                "counsellor",
                () -> visits.save(
                        Interactions.draft()
                                .occurredAt(LocalDateTime.of(2024, 8, 2, 16, 30))
                                .deskId(desk)
                                .channel(Channel.PHONE)
                                .adults(2)
                                .visitorType(VisitorType.TOURIST)
                                .country("BE")
                                .build(),
                        TestUsers.HISTORY_REASON));
    }

    /** Runs the backup script as the backup service does, with the tests' server and its client tools. */
    private static String run(Path backups, String... arguments) throws IOException, InterruptedException {
        var server = EmbeddedMariaDb.current();
        var command = new ArrayList<String>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(arguments));
        var process = new ProcessBuilder(command).redirectErrorStream(true);
        var environment = process.environment();
        environment.put("PATH", server.clientTools() + ":" + environment.get("PATH"));
        environment.put("DB_HOST", "127.0.0.1");
        environment.put("DB_PORT", String.valueOf(server.port()));
        environment.put("DB_USER", "root");
        environment.put("DB_PASSWORD", "");
        environment.put("MARIADB_DATABASE", EmbeddedMariaDb.DATABASE);
        environment.put("BACKUP_DIR", backups.toString());
        environment.put("COMPTOIR_BACKUP_KEEP_DAYS", "14");
        var started = process.start();
        var output = new String(started.getInputStream().readAllBytes());
        assertThat(started.waitFor())
                .as("backup.sh %s: %s", String.join(" ", arguments), output)
                .isZero();
        return output;
    }

    private static DataSource restoredDatabase() {
        return new DriverManagerDataSource(EmbeddedMariaDb.current().jdbcUrl(RESTORED), "root", "");
    }

    private static Map<String, Long> rowCounts(JdbcTemplate jdbc, String schema) {
        var counts = new LinkedHashMap<String, Long>();
        for (var table : jdbc.queryForList(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = ?"
                        + " AND table_type = 'BASE TABLE' ORDER BY table_name",
                String.class,
                schema)) {
            counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM `" + table + "`", Long.class));
        }
        return counts;
    }

    private static Path emptyFolder(String name) throws IOException {
        var folder = Path.of("target", "backups", name).toAbsolutePath();
        if (Files.exists(folder)) {
            try (var files = Files.list(folder)) {
                for (var file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
        return Files.createDirectories(folder);
    }
}
