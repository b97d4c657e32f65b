package org.comptoir.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.comptoir.ComptoirTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 16: what a Galera cluster asks of the schema and of the code. Galera replicates rows by primary key (a
 * table without one replicates badly or not at all), ignores {@code LOCK TABLES} across nodes, hands out
 * auto-increment values with gaps ({@code auto_increment_increment} = the node count), and every instance runs
 * the scheduler: a scheduled job claims the {@code JobLock} of its run, so that it runs once per cluster.
 */
@ComptoirTest
class ClusterReadinessTest {

    private static final Pattern LOCK_TABLES = Pattern.compile("(?i)\\block\\s+tables?\\b");
    /** Consecutive ids assumed: "id + 1", "id - 1", "max(id) + 1". */
    private static final Pattern NEXT_ID = Pattern.compile("(?i)(\\bmax\\s*\\(\\s*id\\s*\\)|\\bid\\b)\\s*[+-]\\s*1\\b");
    /** Jobs that claim no lock themselves: they call a service that does. */
    private static final List<String> LOCKED_BY_THEIR_SERVICE = List.of("FeedScheduler.java");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void every_table_of_the_migrated_schema_has_a_primary_key() {
        var tables = jdbc.queryForList("""
                select t.table_name from information_schema.tables t
                where t.table_schema = database() and t.table_type = 'BASE TABLE'
                  and not exists (select 1 from information_schema.table_constraints c
                                  where c.table_schema = t.table_schema and c.table_name = t.table_name
                                    and c.constraint_type = 'PRIMARY KEY')""", String.class);
        var count = jdbc.queryForObject(
                "select count(*) from information_schema.tables where table_schema = database()", Integer.class);

        assertThat(count).isGreaterThan(20);
        assertThat(tables).as("tables without a primary key").isEmpty();
    }

    @Test
    void every_table_is_innodb_the_only_engine_galera_replicates() {
        assertThat(jdbc.queryForList(
                        "select table_name from information_schema.tables where table_schema = database()"
                                + " and table_type = 'BASE TABLE' and engine <> 'InnoDB'",
                        String.class))
                .isEmpty();
    }

    @Test
    void nothing_locks_tables() throws IOException {
        assertThat(sourcesSaying(LOCK_TABLES, Path.of("src/main/java"), Path.of("src/main/resources/db")))
                .isEmpty();
    }

    @Test
    void nothing_counts_on_consecutive_ids() throws IOException {
        assertThat(sourcesSaying(NEXT_ID, Path.of("src/main/java"), Path.of("src/main/resources/db")))
                .isEmpty();
    }

    @Test
    void every_scheduled_job_runs_once_per_cluster() throws IOException {
        try (var files = Files.walk(Path.of("src/main/java"))) {
            var unlocked = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file ->
                            !LOCKED_BY_THEIR_SERVICE.contains(file.getFileName().toString()))
                    .filter(file -> read(file).contains("@Scheduled"))
                    .filter(file -> !read(file).contains("JobLock"))
                    .toList();
            assertThat(unlocked).as("@Scheduled without a JobLock").isEmpty();
        }
        assertThat(read(Path.of("src/main/java/org/comptoir/attraction/datatourisme/FeedService.java")))
                .contains("lock.claim(");
    }

    private static List<String> sourcesSaying(Pattern pattern, Path... roots) throws IOException {
        return Stream.of(roots)
                .flatMap(root -> {
                    try (var files = Files.walk(root)) {
                        return files.filter(Files::isRegularFile).toList().stream();
                    } catch (IOException failed) {
                        throw new IllegalStateException(failed);
                    }
                })
                .filter(file -> pattern.matcher(read(file)).find())
                .map(Path::toString)
                .toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException failed) {
            throw new IllegalStateException(file.toString(), failed);
        }
    }
}
