package org.comptoir.security;

import static org.comptoir.security.AppRoles.ADMINS;
import static org.comptoir.security.AppRoles.SIGNED_IN;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin audit (review finding 13): who changed a user, a list entry, an attraction, an import or a
 * mapping rule, or exported the history, when, and what changed ("field: old → new"). A line is written in
 * the transaction of the change it records, so a change rolled back leaves no line; called with no
 * transaction open, it commits on its own (an export audits itself before its first byte). Lines never hold
 * a password nor a visitor's personal data. Only admins read them.
 */
@Service
public class AdminAudit {

    /** The longest summary kept; a longer one is cut. */
    public static final int MAX_SUMMARY = 1000;

    private static final String ARROW = " → ";

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    AdminAudit(DataSource dataSource, Clock clock) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        this.clock = clock;
    }

    /**
     * Writes one line in the caller's transaction. Open to anyone signed in: the services that call it
     * check their own rights first, and the scheduled import runs as an admin.
     */
    @PreAuthorize(SIGNED_IN)
    @Transactional
    public void record(AdminAuditKind kind, @Nullable Object targetId, String summary) {
        var text = summary.length() > MAX_SUMMARY ? summary.substring(0, MAX_SUMMARY - 1) + "…" : summary;
        jdbc.update(
                """
                insert into admin_audit (at, by_user, kind, target_id, summary)
                values (:at, :by, :kind, :target, :summary)""",
                new MapSqlParameterSource("at", LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                        .addValue("by", CurrentUser.name())
                        .addValue("kind", kind.name())
                        .addValue("target", targetId == null ? null : targetId.toString())
                        .addValue("summary", text));
    }

    /** The lines the filter selects, newest first, {@code limit} of them from {@code offset}. */
    @PreAuthorize(ADMINS)
    @Transactional(readOnly = true)
    public List<AdminAuditEntry> page(AdminAuditFilter filter, int offset, int limit) {
        var sql = new StringBuilder("select * from admin_audit where 1 = 1");
        var parameters = new MapSqlParameterSource("offset", offset).addValue("limit", limit);
        if (filter.kind() != null) {
            sql.append(" and kind = :kind");
            parameters.addValue("kind", filter.kind().name());
        }
        if (filter.by() != null) {
            sql.append(" and by_user = :by");
            parameters.addValue("by", filter.by());
        }
        sql.append(" order by at desc, id desc limit :limit offset :offset");
        return jdbc.query(
                sql.toString(),
                parameters,
                (row, n) -> new AdminAuditEntry(
                        row.getLong("id"),
                        row.getObject("at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        row.getString("by_user"),
                        AdminAuditKind.valueOf(row.getString("kind")),
                        row.getString("target_id"),
                        row.getString("summary")));
    }

    /** Everyone who wrote a line, by name: the view's user filter. */
    @PreAuthorize(ADMINS)
    @Transactional(readOnly = true)
    public List<String> users() {
        return jdbc.queryForList(
                "select distinct by_user from admin_audit order by by_user", new MapSqlParameterSource(), String.class);
    }

    /**
     * "field: old → new" for each field whose value changed, joined by "; "; "" when none did. Pairs are
     * given as name, old value, new value.
     */
    public static String changes(@Nullable Object... nameOldNew) {
        if (nameOldNew.length % 3 != 0) {
            throw new IllegalArgumentException("name, old and new values come in threes");
        }
        var parts = new ArrayList<String>();
        for (int i = 0; i < nameOldNew.length; i += 3) {
            var old = nameOldNew[i + 1];
            var now = nameOldNew[i + 2];
            if (!Objects.equals(old, now)) {
                parts.add(nameOldNew[i] + ": " + text(old) + ARROW + text(now));
            }
        }
        return String.join("; ", parts);
    }

    /**
     * {@link #changes} over the components of two records of one type, but their {@code version}; with no
     * {@code before}, every component is new.
     */
    public static <R extends Record> String recordChanges(@Nullable R before, R after) {
        var nameOldNew = new ArrayList<@Nullable Object>();
        for (var component : after.getClass().getRecordComponents()) {
            if (!component.getName().equals("version")) {
                nameOldNew.add(component.getName());
                nameOldNew.add(before == null ? null : value(component, before));
                nameOldNew.add(value(component, after));
            }
        }
        return changes(nameOldNew.toArray());
    }

    /** "field: value" for each component of a record, joined by "; ". */
    public static String describe(Record record) {
        var parts = new ArrayList<String>();
        for (var component : record.getClass().getRecordComponents()) {
            parts.add(component.getName() + ": " + text(value(component, record)));
        }
        return String.join("; ", parts);
    }

    private static @Nullable Object value(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }

    private static String text(@Nullable Object value) {
        return value == null ? "–" : value.toString();
    }
}
