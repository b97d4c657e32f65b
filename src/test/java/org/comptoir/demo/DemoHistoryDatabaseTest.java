package org.comptoir.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;
import javax.sql.DataSource;
import org.comptoir.ComptoirTest;
import org.comptoir.TestUsers;
import org.comptoir.attraction.AttractionService;
import org.comptoir.base.ComptoirProperties;
import org.comptoir.base.Translations;
import org.comptoir.complaint.ComplaintService;
import org.comptoir.complaint.ComplaintSettings;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.report.aggregate.ReportAggregates;
import org.comptoir.security.AppRoles;
import org.comptoir.security.UserService;
import org.comptoir.survey.SurveyService;
import org.comptoir.visit.InteractionBulkWriter;
import org.comptoir.visit.VisitService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The writer and the command line on the real MariaDB. They write into 1990–1991, a range no other
 * test looks at, and delete it afterwards. The setup runs as outside demo mode, so that the shared
 * test database gets no extra desk or user.
 */
@ComptoirTest
class DemoHistoryDatabaseTest {

    private static final LocalDate FROM = LocalDate.of(1990, 1, 1);
    private static final LocalDate TO = LocalDate.of(1991, 12, 31);
    private static final DateTimeFormatter SQL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String IN_RANGE = "occurred_at >= '1990-01-01' AND occurred_at < '1992-01-01'";

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReferenceListService lists;

    @Autowired
    UserService users;

    @Autowired
    AttractionService attractions;

    @Autowired
    ComptoirProperties properties;

    @Autowired
    Translations translations;

    @Autowired
    Environment environment;

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    ReportAggregates aggregates;

    @Autowired
    InteractionBulkWriter writer;

    @Autowired
    VisitService visits;

    @Autowired
    SurveyService surveys;

    @Autowired
    ComplaintService complaints;

    @Autowired
    ComplaintSettings complaintSettings;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @AfterEach
    void deleteTheRange() {
        // the join tables follow (ON DELETE CASCADE); the aggregates the command rebuilt forget them again
        jdbc.update("DELETE FROM interaction WHERE " + IN_RANGE);
        // and the satisfaction answers that came with the history (DemoSurvey)
        jdbc.update("DELETE FROM survey_answer WHERE answered_on < '1992-01-01'");
        jdbc.update("DELETE FROM survey_day WHERE answered_on < '1992-01-01'");
        // and its complaints (DemoComplaints)
        jdbc.update("DELETE FROM complaint_event WHERE complaint_id IN"
                + " (SELECT id FROM complaint WHERE received_on < '1992-01-01')");
        jdbc.update("DELETE FROM complaint WHERE received_on < '1992-01-01'");
        aggregates.rebuild();
    }

    @Test
    void the_writer_puts_every_generated_row_into_the_tables_and_they_satisfy_the_constraints() throws Exception {
        var references = setup().prepare();
        var history = new DemoHistory(42, 3_000, FROM, TO, references);
        var generated = history.rows().toList();

        var written = TestUsers.as("admin", AppRoles.ADMIN, () -> writer.write(history.rows()));

        assertThat(written).isEqualTo(3_000);
        assertThat(count("SELECT COUNT(*) FROM interaction WHERE " + IN_RANGE)).isEqualTo(3_000);
        assertThat(count(children("interaction_interest")))
                .isEqualTo(sum(generated, r -> r.interestIds().size()));
        assertThat(count(children("interaction_question")))
                .isEqualTo(sum(generated, r -> r.questionIds().size()));
        assertThat(count(children("interaction_outcome")))
                .isEqualTo(sum(generated, r -> r.outcomes().size()));
        assertThat(count(children("interaction_pick")))
                .isEqualTo(sum(generated, r -> r.picks().size()))
                .isPositive();
        // what was read back is what was generated, field by field, in the same order
        var stored = jdbc.query(
                """
                        SELECT occurred_at, desk_id, counsellor, channel, adults, children, country, departement,
                               stay_length, accommodation, quick FROM interaction WHERE %s ORDER BY id""".formatted(IN_RANGE),
                (rs, i) -> String.join(
                        "|",
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getString(10),
                        String.valueOf(rs.getBoolean(11))));
        assertThat(stored)
                .containsExactlyElementsOf(generated.stream()
                        .map(r -> String.join(
                                "|",
                                r.occurredAt().format(SQL_TIME),
                                String.valueOf(r.deskId()),
                                r.counsellor(),
                                r.channel().name(),
                                String.valueOf(r.adults()),
                                String.valueOf(r.children()),
                                r.country(),
                                r.departement(),
                                r.stay() == null ? null : r.stay().name(),
                                r.accommodation() == null
                                        ? null
                                        : r.accommodation().name(),
                                String.valueOf(r.quick())))
                        .toList());
        // every reference points at an existing row, and the party rule holds
        assertThat(count("""
                SELECT COUNT(*) FROM interaction i LEFT JOIN desk d ON d.id = i.desk_id
                WHERE i.%s AND (d.id IS NULL OR i.adults + i.children < 1)""".formatted(IN_RANGE))).isZero();
        assertThat(count("""
                SELECT (SELECT COUNT(*) FROM interaction_interest x LEFT JOIN interest t ON t.id = x.interest_id
                        WHERE t.id IS NULL)
                     + (SELECT COUNT(*) FROM interaction_question x LEFT JOIN question_topic t
                        ON t.id = x.question_topic_id WHERE t.id IS NULL)
                     + (SELECT COUNT(*) FROM interaction_pick x LEFT JOIN attraction t ON t.id = x.attraction_id
                        WHERE t.id IS NULL)""")).isZero();
        assertThat(count("SELECT COUNT(*) FROM interaction WHERE quick AND " + IN_RANGE))
                .isEqualTo(generated.stream().filter(DemoRow::quick).count());
    }

    @Test
    void the_command_refuses_a_database_that_already_has_interactions_unless_asked_to_append() {
        jdbc.update("""
                INSERT INTO interaction (occurred_at, desk_id, counsellor, channel, adults, children, created_at,
                                         updated_at, updated_by)
                SELECT '1990-06-01 10:00:00', id, 'counsellor', 'DESK', 1, 0, NOW(6), NOW(6), 'counsellor'
                FROM desk WHERE code = 'MAIN'""");
        var settings = new DemoHistorySettings(500, 42, FROM, TO, false);

        var refused = command().execute(settings, Locale.FRENCH, out());

        assertThat(refused).isEqualTo(DemoHistoryCommand.REFUSED);
        assertThat(output())
                .contains("La base contient déjà", "rien n’a été écrit", "--comptoir.demo-history.append=true");
        assertThat(count("SELECT COUNT(*) FROM interaction WHERE " + IN_RANGE)).isEqualTo(1);

        var appended = command().execute(new DemoHistorySettings(500, 42, FROM, TO, true), Locale.ENGLISH, out());

        assertThat(appended).isEqualTo(DemoHistoryCommand.OK);
        assertThat(output()).contains("Demo history: 500 interactions written from 1990-01-01 to 1991-12-31 (seed 42)");
        assertThat(count("SELECT COUNT(*) FROM interaction WHERE " + IN_RANGE)).isEqualTo(501);
        assertThat(count("SELECT SUM(interactions) FROM report_origin WHERE grain = 'M' AND desk_id <> 0"
                        + " AND period < '1992-01-01'"))
                .as("the report aggregates were rebuilt")
                .isEqualTo(501);
        // the complaints register came with the history: a few a month, each step in its history, in order
        assertThat(count("SELECT COUNT(*) FROM complaint WHERE received_on < '1992-01-01'"))
                .isBetween(24L * 2, 24L * 9);
        assertThat(count("""
                        SELECT COUNT(*) FROM complaint WHERE received_on < '1992-01-01'
                          AND (due_date <= received_on OR answered_on < received_on OR closed_on < answered_on
                               OR (answered_on IS NULL) <> (status IN ('RECEIVED', 'ACKNOWLEDGED'))
                               OR (closed_on IS NULL) = (status = 'CLOSED'))""")).isZero();
        assertThat(count("""
                        SELECT COUNT(*) FROM complaint c WHERE c.received_on < '1992-01-01' AND NOT EXISTS
                          (SELECT 1 FROM complaint_event e WHERE e.complaint_id = c.id AND e.action = 'RECORDED')""")).isZero();
    }

    @Test
    void the_command_says_what_is_wrong_with_its_settings_and_writes_nothing() {
        var code = command().execute(new DemoHistorySettings(0, 42, FROM, TO, true), Locale.ENGLISH, out());

        assertThat(code).isEqualTo(DemoHistoryCommand.FAILED);
        assertThat(output()).contains("Invalid demo history settings", "--comptoir.demo-history.size=");
        assertThat(count("SELECT COUNT(*) FROM interaction WHERE " + IN_RANGE)).isZero();
    }

    @Test
    void the_command_line_switches_the_web_server_off_only_when_asked_to_generate() {
        var generate = new StandardEnvironment();
        generate.getPropertySources()
                .addFirst(new MapPropertySource("args", Map.of(DemoHistorySettings.GENERATE, "true")));
        new DemoHistoryCommandEnvironment().postProcessEnvironment(generate, new SpringApplication());
        assertThat(generate.getProperty("spring.main.web-application-type")).isEqualTo("none");

        assertThat(environment.getProperty(DemoHistorySettings.SIZE))
                .as("never a demo history in the tests")
                .isNull();
        assertThat(context.getBeanNamesForType(DemoHistoryCommand.class))
                .as("no command without the flag")
                .isEmpty();
    }

    /** Outside demo mode: the references of what is there, nothing added. */
    private DemoSetup setup() {
        var notDemo = new ComptoirProperties(
                false, null, properties.officeName(), properties.timeZone(), 5, Duration.ofMinutes(15));
        return new DemoSetup(lists, users, attractions, notDemo);
    }

    private DemoHistoryCommand command() {
        var load = new DemoHistoryLoad(setup(), writer, visits, surveys, complaints, complaintSettings);
        return new DemoHistoryCommand(load, translations, environment, Clock.systemUTC(), properties, context);
    }

    private PrintStream out() {
        return new PrintStream(printed, true, StandardCharsets.UTF_8);
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    private static String children(String table) {
        return "SELECT COUNT(*) FROM %s x JOIN interaction i ON i.id = x.interaction_id WHERE i.%s"
                .formatted(table, IN_RANGE);
    }

    private long count(String sql) {
        var count = jdbc.queryForObject(sql, Long.class);
        return count == null ? 0 : count;
    }

    private static long sum(List<DemoRow> rows, ToIntFunction<DemoRow> size) {
        return rows.stream().mapToLong(size::applyAsInt).sum();
    }
}
