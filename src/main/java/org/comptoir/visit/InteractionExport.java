package org.comptoir.visit;

import static org.comptoir.security.AppRoles.MANAGERS;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.comptoir.base.CsvLines;
import org.comptoir.base.ExportLimit;
import org.comptoir.base.Progress;
import org.comptoir.base.Translations;
import org.comptoir.reference.Countries;
import org.comptoir.reference.ListItem;
import org.comptoir.reference.ListKind;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.security.AdminAudit;
import org.comptoir.security.AdminAuditKind;
import org.comptoir.security.OfficeScope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The history as a CSV file a spreadsheet opens as it is (UTF-8 with a BOM, {@code ;} between
 * fields, CRLF), in the person's language: one line per interaction, oldest first, of the desks of the
 * signed-in person's offices (decision 0030).
 *
 * <p>It reads with plain JDBC rather than JPA so that a year of interactions goes from the database
 * to the download row by row, never all in memory: MariaDB Connector/J streams a result set when a
 * fetch size is set, and each row's interests, questions and outcomes come aggregated in that row.
 */
@Service
public class InteractionExport {

    /** Rows written between two news of the progress. */
    private static final int PROGRESS_EVERY = 1_000;

    private static final int FETCH_SIZE = 1000;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final List<String> HEADER_KEYS = List.of(
            "history.date",
            "history.time",
            "history.desk",
            "history.counsellor",
            "history.channel",
            "history.adults",
            "history.children",
            "history.persons",
            "history.party-type",
            "history.visitor-type",
            "history.country",
            "history.country-code",
            "history.departement",
            "history.language",
            "history.stay-length",
            "history.accommodation",
            "history.purpose",
            "history.interests",
            "history.questions",
            "history.outcomes",
            "history.quick",
            "history.note");
    private static final String QUERY = """
            select i.occurred_at, i.desk_id, i.counsellor, i.channel, i.adults, i.children, i.party_type,
                   i.visitor_type, i.country, i.departement, i.language, i.stay_length, i.accommodation, i.purpose,
                   i.note, i.quick,
                   (select group_concat(ii.interest_id) from interaction_interest ii
                     where ii.interaction_id = i.id) as interests,
                   (select group_concat(iq.question_topic_id) from interaction_question iq
                     where iq.interaction_id = i.id) as questions,
                   (select group_concat(io.outcome) from interaction_outcome io
                     where io.interaction_id = i.id) as outcomes
            from interaction i
            where i.deleted = false and i.occurred_at >= ? and i.occurred_at < ?""";

    private final JdbcTemplate jdbc;
    private final TimeZone jdbcTimeZone;
    private final Translations translations;
    private final ReferenceListService lists;
    private final Countries countries;
    private final ExportLimit limit;
    private final TransactionTemplate readOnly;
    private final AdminAudit audit;
    private final OfficeScope scope;

    InteractionExport(
            DataSource dataSource,
            Translations translations,
            ReferenceListService lists,
            Countries countries,
            ExportLimit limit,
            PlatformTransactionManager transactionManager,
            AdminAudit audit,
            OfficeScope scope) {
        this.scope = scope;
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
        // occurred_at holds the office's wall-clock time, as Hibernate writes a LocalDateTime (no
        // hibernate.jdbc.time_zone is set): bind and read it in the JVM's zone, the way Hibernate does.
        this.jdbcTimeZone = TimeZone.getDefault();
        this.translations = translations;
        this.lists = lists;
        this.countries = countries;
        this.limit = limit;
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.audit = audit;
    }

    /**
     * Writes the interactions the filter selects (the same as the history shows) to {@code out}. The export
     * is written to the admin audit (who, when, the filter, "started") and committed before its first byte,
     * so a download cut half-way is audited too (review finding 13).
     */
    @PreAuthorize(MANAGERS)
    public void writeCsv(HistoryFilter filter, Locale locale, OutputStream out) {
        writeCsv(filter, locale, out, new Progress());
    }

    /** The same, telling {@code progress} how many rows are written (the screen's bar); says how many there were. */
    @PreAuthorize(MANAGERS)
    public long writeCsv(HistoryFilter filter, Locale locale, OutputStream out, Progress progress) {
        // the bound first, then the transactions: a waiting export holds no connection
        return limit.run(() -> {
            audit.record(AdminAuditKind.HISTORY_EXPORT, null, filter.inWords() + "; started");
            // the signed-in person's offices (decision 0030), read before the streaming connection is taken
            var desks = scope.desks();
            var rows = readOnly.execute(status -> stream(filter, desks, locale, out, progress));
            return rows == null ? 0L : rows;
        });
    }

    private long stream(
            HistoryFilter filter, Optional<Set<Long>> desks, Locale locale, OutputStream out, Progress progress) {
        // Everything the rows need is read before the query: a streaming connection runs nothing else.
        var labels = new Labels(locale);
        var sql = new StringBuilder(QUERY);
        var arguments = new ArrayList<Object>(
                List.of(filter.from().atStartOfDay(), filter.to().plusDays(1).atStartOfDay()));
        condition(sql, arguments, "i.desk_id", filter.deskId());
        condition(sql, arguments, "i.counsellor", filter.counsellor());
        condition(sql, arguments, "i.country", filter.country());
        condition(
                sql,
                arguments,
                "i.channel",
                filter.channel() == null ? null : filter.channel().name());
        condition(
                sql,
                arguments,
                "i.visitor_type",
                filter.visitorType() == null ? null : filter.visitorType().name());
        desks.ifPresent(reachable -> {
            if (reachable.isEmpty()) {
                sql.append(" and 1 = 0");
            } else {
                sql.append(" and i.desk_id in (")
                        .append(String.join(", ", Collections.nCopies(reachable.size(), "?")))
                        .append(')');
                arguments.addAll(reachable);
            }
        });
        sql.append(" order by i.occurred_at, i.id");

        var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        try {
            writer.write(CsvLines.BOM);
            CsvLines.write(
                    writer,
                    HEADER_KEYS.stream()
                            .map(key -> translations.getTranslation(key, locale))
                            .toList());
            var rows = new long[1];
            jdbc.query(sql.toString(), statement -> bind(statement, arguments), (ResultSet row) -> {
                try {
                    CsvLines.write(writer, labels.line(row));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (++rows[0] % PROGRESS_EVERY == 0) {
                    progress.done(rows[0]);
                }
            });
            writer.flush();
            progress.done(rows[0]);
            return rows[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void bind(PreparedStatement statement, List<Object> arguments) throws SQLException {
        for (int i = 0; i < arguments.size(); i++) {
            if (arguments.get(i) instanceof LocalDateTime dateTime) {
                statement.setTimestamp(i + 1, Timestamp.valueOf(dateTime), Calendar.getInstance(jdbcTimeZone));
            } else {
                statement.setObject(i + 1, arguments.get(i));
            }
        }
    }

    private static void condition(StringBuilder sql, List<Object> arguments, String column, @Nullable Object value) {
        if (value != null) {
            sql.append(" and ").append(column).append(" = ?");
            arguments.add(value);
        }
    }

    /** The words of one export: fixed-list labels, list entry names and desk names in its language. */
    private final class Labels {

        private final Locale locale;
        private final Map<Class<? extends Enum<?>>, Map<String, String>> enums = new HashMap<>();
        private final Map<Long, ListItem> interests;
        private final Map<Long, ListItem> questions;
        private final Map<Long, String> desks;
        private final Map<String, String> countryNames = new HashMap<>();
        private final String yes;
        private final String no;

        Labels(Locale locale) {
            this.locale = locale;
            for (var type : List.<Class<? extends Enum<?>>>of(
                    Channel.class,
                    PartyType.class,
                    VisitorType.class,
                    ConversationLanguage.class,
                    StayLength.class,
                    Accommodation.class,
                    Purpose.class,
                    Outcome.class)) {
                enums.put(
                        type,
                        Arrays.stream(type.getEnumConstants())
                                .collect(Collectors.toMap(
                                        Enum::name,
                                        value -> translations.getTranslation(
                                                type.getSimpleName() + "." + value.name(), locale))));
            }
            interests = byId(lists.items(ListKind.INTEREST, true));
            questions = byId(lists.items(ListKind.QUESTION, true));
            desks = lists.items(ListKind.DESK, true).stream()
                    .collect(Collectors.toMap(ListItem::id, desk -> desk.name(locale)));
            yes = translations.getTranslation("history.yes", locale);
            no = translations.getTranslation("history.no", locale);
        }

        List<String> line(ResultSet row) throws SQLException {
            var occurredAt = row.getTimestamp("occurred_at", Calendar.getInstance(jdbcTimeZone))
                    .toLocalDateTime();
            int adults = row.getInt("adults");
            int children = row.getInt("children");
            var country = row.getString("country");
            return List.of(
                    DATE.format(occurredAt),
                    TIME.format(occurredAt),
                    desks.getOrDefault(row.getLong("desk_id"), ""),
                    text(row.getString("counsellor")),
                    label(Channel.class, row.getString("channel")),
                    String.valueOf(adults),
                    String.valueOf(children),
                    String.valueOf(adults + children),
                    label(PartyType.class, row.getString("party_type")),
                    label(VisitorType.class, row.getString("visitor_type")),
                    country == null
                            ? ""
                            : countryNames.computeIfAbsent(
                                    country,
                                    code -> countries
                                            .find(code)
                                            .map(c -> c.name(locale))
                                            .orElse(code)),
                    text(country),
                    text(row.getString("departement")),
                    label(ConversationLanguage.class, row.getString("language")),
                    label(StayLength.class, row.getString("stay_length")),
                    label(Accommodation.class, row.getString("accommodation")),
                    label(Purpose.class, row.getString("purpose")),
                    names(interests, row.getString("interests")),
                    names(questions, row.getString("questions")),
                    outcomes(row.getString("outcomes")),
                    row.getBoolean("quick") ? yes : no,
                    text(row.getString("note")));
        }

        private String label(Class<? extends Enum<?>> type, @Nullable String value) {
            return value == null ? "" : enums.get(type).getOrDefault(value, value);
        }

        /** Entry names of a comma-separated list of ids, in the list's own order. */
        private String names(Map<Long, ListItem> entries, @Nullable String ids) {
            if (ids == null || ids.isEmpty()) {
                return "";
            }
            return Arrays.stream(ids.split(","))
                    .map(Long::valueOf)
                    .map(entries::get)
                    .filter(Objects::nonNull)
                    .sorted(Comparator.comparingInt(ListItem::sortOrder).thenComparingLong(ListItem::id))
                    .map(item -> item.name(locale))
                    .collect(Collectors.joining(", "));
        }

        private String outcomes(@Nullable String values) {
            if (values == null || values.isEmpty()) {
                return "";
            }
            return Arrays.stream(values.split(","))
                    .map(Outcome::valueOf)
                    .sorted()
                    .map(outcome -> label(Outcome.class, outcome.name()))
                    .collect(Collectors.joining(", "));
        }

        private static Map<Long, ListItem> byId(List<ListItem> items) {
            return items.stream().collect(Collectors.toMap(ListItem::id, item -> item));
        }

        private static String text(@Nullable String value) {
            return value == null ? "" : value;
        }
    }
}
