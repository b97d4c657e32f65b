package org.comptoir.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Writes years of believable desk activity straight into the tables, with plain JDBC and multi-row
 * INSERTs (going through the service would take hours): a summer peak, quiet winters, closed Sundays
 * off-season, the 2020 lockdown, 70 % French visitors (many from the Puy-de-Dôme), three desks and ten
 * counsellors. Deterministic: the same seed gives the same rows.
 */
public final class InteractionGenerator {

    static final int ROWS_PER_STATEMENT = 2_000;
    private static final int STATEMENTS_PER_COMMIT = 10;
    static final LocalDate FIRST_DAY = LocalDate.of(2016, 1, 1);
    private static final DateTimeFormatter SQL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final ZoneId UTC = ZoneOffset.UTC;

    private static final double[] MONTH = {0.45, 0.5, 0.65, 0.95, 1.05, 1.3, 2.3, 2.5, 1.25, 0.85, 0.55, 0.7};
    private static final double[] WEEKDAY = {0.85, 0.95, 1.0, 1.0, 1.1, 1.35, 0.75};
    private static final List<String> COUNSELLORS = List.of("counsellor", "amelie", "bastien", "chloe", "damien",
            "elodie", "fabien", "gaelle", "hugo", "ines");
    private static final List<String> MAIN_DESK_TEAM = List.of("counsellor", "amelie", "bastien", "chloe");
    private static final Weighted<String> CHANNEL = new Weighted<String>()
            .add("DESK", 820).add("PHONE", 90).add("EMAIL", 50).add("SOCIAL_CHAT", 20).add("LETTER", 5)
            .add("OUTSIDE_EVENT", 15);
    private static final Weighted<@Nullable String> COUNTRY = new Weighted<@Nullable String>()
            .add("FR", 680).add("GB", 50).add("DE", 50).add("BE", 45).add("NL", 40).add("ES", 30).add("IT", 25)
            .add("CH", 20).add("US", 15).add("CA", 10).add("CN", 8).add("JP", 7).add(null, 20);
    private static final Weighted<@Nullable String> NEAR_DEPARTEMENT = new Weighted<@Nullable String>()
            .add("63", 450).add("03", 60).add("15", 50).add("43", 50).add("42", 40).add("69", 60).add("75", 60)
            .add("92", 20).add("13", 20).add("33", 20).add(null, 50);
    private static final Weighted<@Nullable String> STAY = new Weighted<@Nullable String>()
            .add("PASSING_THROUGH", 20).add("DAY_TRIP", 20).add("ONE_NIGHT", 14).add("TWO_THREE_NIGHTS", 22)
            .add("FOUR_SEVEN_NIGHTS", 12).add("MORE_THAN_A_WEEK", 4).add(null, 8);
    private static final Weighted<@Nullable String> ACCOMMODATION = new Weighted<@Nullable String>()
            .add("HOTEL", 35).add("HOLIDAY_RENTAL", 20).add("CAMPSITE", 15).add("FRIENDS_FAMILY", 12)
            .add("CAMPER_VAN", 10).add("SECOND_HOME", 8).add(null, 25);
    private static final Weighted<@Nullable String> PURPOSE = new Weighted<@Nullable String>()
            .add("LEISURE", 85).add("BUSINESS", 7).add("BOTH", 3).add(null, 5);
    private static final Weighted<@Nullable String> LOCAL_TYPE = new Weighted<@Nullable String>()
            .add("LOCAL_RESIDENT", 45).add("DAY_VISITOR", 20).add("NEW_RESIDENT", 10).add("TOURIST", 18)
            .add("BUSINESS_TRAVELLER", 3).add("TOURISM_PROFESSIONAL", 2).add(null, 2);
    private static final Weighted<@Nullable String> VISITOR_TYPE = new Weighted<@Nullable String>()
            .add("TOURIST", 72).add("DAY_VISITOR", 14).add("BUSINESS_TRAVELLER", 6).add("TOURISM_PROFESSIONAL", 2)
            .add(null, 6);
    private static final Weighted<Integer> ADULTS = new Weighted<Integer>().add(1, 30).add(2, 45).add(3, 12)
            .add(4, 13);
    private static final Weighted<Integer> CHILDREN = new Weighted<Integer>().add(0, 62).add(1, 16).add(2, 15)
            .add(3, 7);
    private static final Weighted<Integer> INTERESTS = new Weighted<Integer>().add(0, 20).add(1, 30).add(2, 30)
            .add(3, 20);
    private static final Weighted<Integer> QUESTIONS = new Weighted<Integer>().add(0, 30).add(1, 45).add(2, 25);
    private static final List<String> NOTES = List.of("Asked for the Panoramique des Domes timetable",
            "Wants a quiet campsite near a lake", "Coming back on Saturday for the market",
            "Looking for a wheelchair-friendly walk");

    private final DataSource dataSource;
    private final long[] deskIds;
    private final long[] interestIds;
    private final long[] questionIds;
    private final List<String> allDepartements;
    private final ZoneId zone;
    private final SplittableRandom random = new SplittableRandom(20_160_101);

    /** @param deskIds the main desk first, then the others */
    public InteractionGenerator(DataSource dataSource, long[] deskIds, long[] interestIds, long[] questionIds,
                         List<String> allDepartements, ZoneId zone) {
        this.dataSource = dataSource;
        this.deskIds = deskIds.clone();
        this.interestIds = interestIds.clone();
        this.questionIds = questionIds.clone();
        this.allDepartements = List.copyOf(allDepartements);
        this.zone = zone;
    }

    /** Adds {@code rows} interactions over the days from 2016 to {@code lastDay}, busy days getting more. */
    public long fillHistory(long rows, LocalDate lastDay) throws SQLException {
        var days = (int) ChronoUnit.DAYS.between(FIRST_DAY, lastDay) + 1;
        var weights = new double[days];
        for (int d = 0; d < days; d++) {
            weights[d] = weight(FIRST_DAY.plusDays(d));
        }
        var total = Arrays.stream(weights).sum();
        try (var writer = new Writer()) {
            double expected = 0;
            long written = 0;
            for (int d = 0; d < days; d++) {
                expected += rows * weights[d] / total;
                // running rounding: exactly `rows` in all, the remainder never lost
                var count = (int) (Math.round(expected) - written);
                writeDay(writer, FIRST_DAY.plusDays(d), count, false);
                written += count;
            }
            return writer.finish();
        }
    }

    /** A busy day at the main desk: {@code rows} interactions during opening hours. */
    long fillDay(LocalDate day, int rows) throws SQLException {
        try (var writer = new Writer()) {
            writeDay(writer, day, rows, true);
            return writer.finish();
        }
    }

    private static double weight(LocalDate day) {
        var summer = day.getMonthValue() >= 4 && day.getMonthValue() <= 10;
        if (day.getDayOfWeek() == DayOfWeek.SUNDAY && !summer
                || day.getDayOfYear() == 1 || day.getMonthValue() == 12 && day.getDayOfMonth() == 25
                || !day.isBefore(LocalDate.of(2020, 3, 17)) && day.isBefore(LocalDate.of(2020, 5, 11))) {
            return 0; // closed
        }
        var year = switch (day.getYear()) {
            case 2020 -> 0.45;
            case 2021 -> 0.75;
            default -> Math.pow(1.03, day.getYear() - 2016);
        };
        return year * MONTH[day.getMonthValue() - 1] * WEEKDAY[day.getDayOfWeek().getValue() - 1];
    }

    private void writeDay(Writer writer, LocalDate day, int count, boolean mainDesk) throws SQLException {
        if (count <= 0) {
            return;
        }
        var summer = day.getMonthValue() == 7 || day.getMonthValue() == 8;
        var open = LocalTime.of(9, 0).toSecondOfDay();
        var close = (summer ? LocalTime.of(19, 0) : LocalTime.of(18, 0)).toSecondOfDay();
        var seconds = new int[count];
        for (int i = 0; i < count; i++) {
            seconds[i] = random.nextInt(open, close);
        }
        Arrays.sort(seconds);
        for (var second : seconds) {
            writer.add(day.atStartOfDay().plusSeconds(second), mainDesk);
        }
    }

    private static final class Weighted<T> {
        private final List<T> values = new ArrayList<>();
        private final List<Integer> cumulative = new ArrayList<>();
        private int total;

        Weighted<T> add(T value, int weight) {
            values.add(value);
            total += weight;
            cumulative.add(total);
            return this;
        }

        T pick(SplittableRandom random) {
            var r = random.nextInt(total);
            for (int i = 0; ; i++) {
                if (r < cumulative.get(i)) {
                    return values.get(i);
                }
            }
        }
    }

    /** Collects rows into multi-row INSERTs on one connection, committing every few statements. */
    private final class Writer implements AutoCloseable {

        private final Connection connection;
        private final Statement statement;
        private final StringBuilder interactions = new StringBuilder(1 << 20);
        private final StringBuilder interests = new StringBuilder(1 << 18);
        private final StringBuilder questions = new StringBuilder(1 << 18);
        private final StringBuilder outcomes = new StringBuilder(1 << 16);
        private long nextId;
        private int rows;
        private int statements;
        private long written;

        Writer() throws SQLException {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            statement = connection.createStatement();
            // a bulk load: the generated rows are consistent by construction
            statement.execute("SET SESSION foreign_key_checks = 0, unique_checks = 0");
            try (var max = statement.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM interaction")) {
                max.next();
                nextId = max.getLong(1);
            }
        }

        void add(LocalDateTime occurredAt, boolean mainDesk) throws SQLException {
            var id = nextId++;
            var r = random;
            var desk = mainDesk ? deskIds[0] : pickDesk();
            var counsellor = mainDesk ? MAIN_DESK_TEAM.get(r.nextInt(MAIN_DESK_TEAM.size()))
                    : COUNSELLORS.get(r.nextInt(COUNSELLORS.size()));
            var createdAt = LocalDateTime.ofInstant(occurredAt.atZone(zone).toInstant().plusSeconds(r.nextInt(300)),
                    UTC).format(SQL_TIME);
            var quick = r.nextInt(100) < 5;
            separate(interactions, "INSERT INTO interaction (id, version, occurred_at, desk_id, counsellor, "
                    + "channel, adults, children, party_type, visitor_type, country, departement, language, "
                    + "stay_length, accommodation, purpose, note, quick, deleted, created_at, updated_at, updated_by) "
                    + "VALUES ");
            interactions.append('(').append(id).append(",0,'").append(occurredAt.format(SQL_TIME)).append("',")
                    .append(desk).append(",'").append(counsellor).append("',");
            if (quick) {
                interactions.append(r.nextInt(100) < 80 ? "'DESK'" : "'PHONE'")
                        .append(",1,0,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,TRUE");
                question(id, questionIds[r.nextInt(questionIds.length)]);
            } else {
                profile(id);
            }
            interactions.append(",FALSE,'").append(createdAt).append("','").append(createdAt).append("','")
                    .append(counsellor).append("')");
            if (++rows == ROWS_PER_STATEMENT) {
                flush();
            }
        }

        private long pickDesk() {
            var r = random.nextInt(100);
            return r < 72 || deskIds.length == 1 ? deskIds[0] : r < 90 ? deskIds[1] : deskIds[deskIds.length - 1];
        }

        /** Everything a counsellor fills in during a full conversation. */
        private void profile(long id) {
            var r = random;
            var adults = ADULTS.pick(r);
            var children = CHILDREN.pick(r);
            var country = COUNTRY.pick(r);
            String departement = null;
            if ("FR".equals(country)) {
                departement = r.nextInt(100) < 80 ? NEAR_DEPARTEMENT.pick(r)
                        : allDepartements.get(r.nextInt(allDepartements.size()));
            }
            var visitorType = "63".equals(departement) ? LOCAL_TYPE.pick(r) : VISITOR_TYPE.pick(r);
            var local = "LOCAL_RESIDENT".equals(visitorType) || "NEW_RESIDENT".equals(visitorType);
            var stay = local ? null : STAY.pick(r);
            var overnight = stay != null && !stay.equals("PASSING_THROUGH") && !stay.equals("DAY_TRIP");
            var accommodation = overnight ? ACCOMMODATION.pick(r) : null;
            interactions.append(quoted(CHANNEL.pick(r))).append(',').append(adults).append(',').append(children)
                    .append(',').append(quoted(r.nextInt(100) < 8 ? null : partyType(adults, children)))
                    .append(',').append(quoted(visitorType))
                    .append(',').append(quoted(country))
                    .append(',').append(quoted(departement))
                    .append(',').append(quoted(r.nextInt(100) < 10 ? null : language(country)))
                    .append(',').append(quoted(stay))
                    .append(',').append(quoted(accommodation))
                    .append(',').append(quoted(PURPOSE.pick(r)))
                    .append(',').append(quoted(r.nextInt(100) < 2 ? NOTES.get(r.nextInt(NOTES.size())) : null))
                    .append(",FALSE");
            for (var interest : distinct(interestIds, INTERESTS.pick(r))) {
                separate(interests, "INSERT INTO interaction_interest (interaction_id, interest_id) VALUES ");
                interests.append('(').append(id).append(',').append(interest).append(')');
            }
            for (var question : distinct(questionIds, QUESTIONS.pick(r))) {
                question(id, question);
            }
            var outcome = r.nextInt(100);
            if (outcome < 32) {
                separate(outcomes, "INSERT INTO interaction_outcome (interaction_id, outcome) VALUES ");
                outcomes.append('(').append(id).append(",'")
                        .append(outcome < 25 ? "BROCHURES_GIVEN" : outcome < 30 ? "SENT_TO_SHOP" : "FOLLOW_UP_NEEDED")
                        .append("')");
            }
        }

        private long[] distinct(long[] ids, int count) {
            return random.longs(0, ids.length).distinct().limit(count).map(i -> ids[(int) i]).toArray();
        }

        private String partyType(int adults, int children) {
            var r = random.nextInt(100);
            if (children > 0) {
                return r < 90 ? "FAMILY" : "FRIENDS";
            }
            return switch (adults) {
                case 1 -> r < 85 ? "ALONE" : "PROFESSIONAL";
                case 2 -> r < 75 ? "COUPLE" : "FRIENDS";
                default -> r < 70 ? "FRIENDS" : "GROUP";
            };
        }

        private String language(@Nullable String country) {
            var r = random.nextInt(100);
            return switch (country == null ? "FR" : country) {
                case "FR" -> "FR";
                case "BE" -> r < 70 ? "FR" : "NL";
                case "CH" -> r < 70 ? "FR" : "DE";
                case "DE" -> r < 80 ? "DE" : "EN";
                case "NL" -> r < 50 ? "NL" : "EN";
                case "ES" -> r < 80 ? "ES" : "EN";
                case "IT" -> r < 80 ? "IT" : "EN";
                case "CA" -> r < 60 ? "EN" : "FR";
                case "CN", "JP" -> r < 70 ? "EN" : "OTHER";
                default -> "EN";
            };
        }

        private void question(long id, long questionId) {
            separate(questions, "INSERT INTO interaction_question (interaction_id, question_topic_id) VALUES ");
            questions.append('(').append(id).append(',').append(questionId).append(')');
        }

        private static void separate(StringBuilder sql, String start) {
            sql.append(sql.isEmpty() ? start : ",");
        }

        private static String quoted(@Nullable String value) {
            return value == null ? "NULL" : "'" + value + "'";
        }

        private void flush() throws SQLException {
            for (var sql : List.of(interactions, interests, questions, outcomes)) {
                if (!sql.isEmpty()) {
                    statement.executeUpdate(sql.toString());
                    sql.setLength(0);
                }
            }
            written += rows;
            rows = 0;
            if (++statements % STATEMENTS_PER_COMMIT == 0) {
                connection.commit();
            }
        }

        /** Writes what is left and commits; the number of interactions written. */
        long finish() throws SQLException {
            flush();
            connection.commit();
            return written;
        }

        @Override
        public void close() throws SQLException {
            try (connection; statement) {
                connection.rollback();
                // the connection goes back to the application's pool
                statement.execute("SET SESSION foreign_key_checks = 1, unique_checks = 1");
                connection.setAutoCommit(true);
            }
        }
    }

    /** The main desk and two more, created for a benchmark (codes starting with {@code prefix}). */
    public static long[] benchDesks(org.springframework.jdbc.core.JdbcTemplate jdbc, String prefix) {
        var main = jdbc.queryForObject("SELECT id FROM desk WHERE code = 'MAIN'", Long.class);
        var desks = new long[] {main, 0, 0};
        var names = List.of("Sommet du puy de Dôme", "Gare de Clermont");
        for (int i = 0; i < names.size(); i++) {
            var code = prefix + (i + 1) + "_" + System.currentTimeMillis();
            jdbc.update("INSERT INTO desk (code, name_fr, name_en, sort_order) VALUES (?, ?, ?, ?)", code,
                    names.get(i), names.get(i), 100 + i);
            desks[i + 1] = jdbc.queryForObject("SELECT id FROM desk WHERE code = ?", Long.class, code);
        }
        return desks;
    }
}
