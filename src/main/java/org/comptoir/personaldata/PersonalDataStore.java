package org.comptoir.personaldata;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.comptoir.visit.VisitService;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The personal-data tables read and changed with plain SQL: a rights request and the retention cut
 * across contacts, follow-ups, their events and the mail log at once, whoever owns their entities.
 * Every method runs inside its caller's transaction.
 *
 * <p>Instant columns hold UTC, the way Hibernate writes an {@code Instant}. When and where a contact's
 * interaction happened comes from the visit feature.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class PersonalDataStore {

    /** The tables that hold something about a person, in the order an export lists them. */
    static final List<String> TABLES = List.of("contact", "follow_up", "follow_up_event", "mail_log");

    private final NamedParameterJdbcTemplate jdbc;
    private final VisitService visits;

    PersonalDataStore(NamedParameterJdbcTemplate jdbc, VisitService visits) {
        this.jdbc = jdbc;
        this.visits = visits;
    }

    /** The rows that concern a set of contacts, by table, as ids. */
    record Scope(List<Long> contactIds, List<Long> followUpIds, List<Long> eventIds, List<Long> mailIds) {

        boolean isEmpty() {
            return contactIds.isEmpty() && followUpIds.isEmpty() && mailIds.isEmpty();
        }

        List<Long> ids(String table) {
            return switch (table) {
                case "contact" -> contactIds;
                case "follow_up" -> followUpIds;
                case "follow_up_event" -> eventIds;
                case "mail_log" -> mailIds;
                default -> throw new IllegalArgumentException(table);
            };
        }
    }

    /**
     * The contacts with this e-mail or phone key, given at the reachable desks ({@code desks} empty: every desk
     * of the network), decision 0030.
     */
    List<Long> contactsByKey(String key, Optional<Set<Long>> desks) {
        var parameters = new MapSqlParameterSource("key", key);
        return jdbc.queryForList(
                "select id from contact where (email_key = :key or phone_key = :key)"
                        + atDesks("interaction_id", desks, parameters)
                        + " order by consented_at, id",
                parameters,
                Long.class);
    }

    /**
     * {@code and <column> is an interaction of the reachable desks}, or nothing when every desk is reachable;
     * adds the desks to the parameters.
     */
    private static String atDesks(String interactionColumn, Optional<Set<Long>> desks, MapSqlParameterSource to) {
        if (desks.isEmpty()) {
            return "";
        }
        to.addValue("desks", desks.get().isEmpty() ? List.of(0L) : desks.get());
        return " and " + interactionColumn + " in (select i.id from interaction i where i.desk_id in (:desks))";
    }

    /**
     * Everything about these contacts: their follow-ups (and those of their interactions that name no
     * contact: the note may still be about them), the events of those follow-ups, the mails sent for
     * them or to one of {@code recipients} (lower-case addresses).
     */
    Scope scope(List<Long> contactIds, Set<String> recipients) {
        return scope(contactIds, recipients, Optional.empty());
    }

    /** As {@link #scope(List, Set)}, the mails found by address alone limited to the reachable desks. */
    Scope scope(List<Long> contactIds, Set<String> recipients, Optional<Set<Long>> desks) {
        var followUps = contactIds.isEmpty()
                ? List.<Long>of()
                : jdbc.queryForList("""
                select f.id from follow_up f
                where f.contact_id in (:contacts)
                   or f.contact_id is null
                      and f.interaction_id in (select c.interaction_id from contact c where c.id in (:contacts))
                order by f.id""", Map.of("contacts", contactIds), Long.class);
        var events = followUps.isEmpty()
                ? List.<Long>of()
                : jdbc.queryForList(
                        "select id from follow_up_event where follow_up_id in (:followUps) order by id",
                        Map.of("followUps", followUps),
                        Long.class);
        var parameters = new MapSqlParameterSource()
                .addValue("contacts", orNone(contactIds))
                .addValue("followUps", orNone(followUps))
                .addValue("recipients", recipients.isEmpty() ? List.of("") : recipients);
        // a mail found by its address alone belongs to the office of its follow-up's interaction
        var mails = jdbc.queryForList(
                """
                select id from mail_log
                where contact_id in (:contacts) or follow_up_id in (:followUps) or lower(recipient) in (:recipients)"""
                        + atDesks(
                                "(select f.interaction_id from follow_up f where f.id = follow_up_id)",
                                desks,
                                parameters)
                        + " order by id",
                parameters,
                Long.class);
        return new Scope(contactIds, followUps, events, mails);
    }

    List<PersonalContact> contacts(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var interactions = visits.moments(jdbc.queryForList(
                "select interaction_id from contact where id in (:ids)", Map.of("ids", ids), Long.class));
        return jdbc.query(
                "select * from contact where id in (:ids) order by consented_at, id",
                Map.of("ids", ids),
                (row, n) -> new PersonalContact(
                        row.getLong("id"),
                        row.getLong("interaction_id"),
                        interactions.get(row.getLong("interaction_id")).occurredAt(),
                        interactions.get(row.getLong("interaction_id")).deskId(),
                        row.getString("name"),
                        row.getString("email"),
                        row.getString("phone"),
                        row.getString("postal_code"),
                        row.getBoolean("consent_reply"),
                        row.getBoolean("consent_newsletter"),
                        instant(row, "consented_at"),
                        row.getString("consented_by"),
                        nullableInstant(row, "newsletter_withdrawn_at")));
    }

    List<PersonalFollowUp> followUps(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query(
                "select * from follow_up where id in (:ids) order by due_date, id",
                Map.of("ids", ids),
                (row, n) -> new PersonalFollowUp(
                        row.getLong("id"),
                        row.getLong("interaction_id"),
                        row.getObject("contact_id", Long.class),
                        row.getString("kind"),
                        row.getObject("due_date", LocalDate.class),
                        row.getString("status"),
                        row.getString("owner"),
                        row.getString("note")));
    }

    /** Every column of the rows in scope, table by table, with dates written as ISO text. */
    Map<String, List<Map<String, @Nullable Object>>> rows(Scope scope) {
        var rows = new LinkedHashMap<String, List<Map<String, @Nullable Object>>>();
        for (var table : TABLES) {
            var ids = scope.ids(table);
            // the table name comes from TABLES, never from the user
            rows.put(
                    table,
                    ids.isEmpty()
                            ? List.of()
                            : jdbc.query(
                                    "select * from " + table + " where id in (:ids) order by id",
                                    Map.of("ids", ids),
                                    (row, n) -> columns(row)));
        }
        return rows;
    }

    private static Map<String, @Nullable Object> columns(ResultSet row) throws SQLException {
        var meta = row.getMetaData();
        var columns = new LinkedHashMap<String, @Nullable Object>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            Object value = row.getObject(i);
            if (value instanceof Timestamp timestamp) {
                value = timestamp.toLocalDateTime().toString();
            } else if (value instanceof Date date) {
                value = date.toLocalDate().toString();
            } else if (value instanceof Temporal temporal) {
                value = temporal.toString();
            }
            columns.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), value);
        }
        return columns;
    }

    /**
     * Erases what the scope holds: the contacts are deleted; follow-ups stay for the counts (kind,
     * dates, status, owner) without note nor link; events lose their detail; mails their recipient,
     * subject and error.
     */
    void erase(Scope scope, Instant now, String by) {
        anonymiseLinked(scope, now, by);
        if (!scope.contactIds().isEmpty()) {
            jdbc.update("delete from contact where id in (:ids)", Map.of("ids", scope.contactIds()));
        }
    }

    /** Keeps of a contact only what the newsletter needs (name, e-mail and the consent itself). */
    void reduceToNewsletter(Scope scope, Instant now, String by) {
        anonymiseLinked(scope, now, by);
        jdbc.update(
                """
                update contact set phone = null, phone_key = null, postal_code = null, version = version + 1,
                       updated_at = :now, updated_by = :by
                where id in (:ids)""",
                new MapSqlParameterSource("ids", orNone(scope.contactIds()))
                        .addValue("now", utc(now))
                        .addValue("by", by));
    }

    private void anonymiseLinked(Scope scope, Instant now, String by) {
        if (!scope.eventIds().isEmpty()) {
            jdbc.update("update follow_up_event set detail = null where id in (:ids)", Map.of("ids", scope.eventIds()));
        }
        if (!scope.mailIds().isEmpty()) {
            jdbc.update("""
                    update mail_log set recipient = null, subject = '', error = null, contact_id = null
                    where id in (:ids)""", Map.of("ids", scope.mailIds()));
        }
        if (!scope.followUpIds().isEmpty()) {
            jdbc.update(
                    """
                    update follow_up set note = null, contact_id = null, version = version + 1,
                           updated_at = :now, updated_by = :by
                    where id in (:ids)""",
                    new MapSqlParameterSource("ids", scope.followUpIds())
                            .addValue("now", utc(now))
                            .addValue("by", by));
        }
    }

    /** Contacts left without any purpose: reply consent expired (or never given), newsletter not or no longer. */
    List<Long> withoutPurpose(Instant replyCutoff) {
        return jdbc.queryForList("""
                select id from contact
                where not (consent_reply and consented_at >= :cutoff)
                  and not (consent_newsletter and newsletter_withdrawn_at is null)
                order by id""", Map.of("cutoff", utc(replyCutoff)), Long.class);
    }

    /** The contacts given at this interaction. */
    List<Long> contactsOf(long interactionId) {
        return jdbc.queryForList(
                "select id from contact where interaction_id = :id order by id",
                Map.of("id", interactionId),
                Long.class);
    }

    /** Those of these contacts who are on the newsletter list (and have not withdrawn). */
    List<Long> newsletterSubscribers(List<Long> contactIds) {
        return contactIds.isEmpty() ? List.of() : jdbc.queryForList("""
                select id from contact where id in (:ids) and consent_newsletter and newsletter_withdrawn_at is null
                order by id""", Map.of("ids", contactIds), Long.class);
    }

    /** Newsletter contacts whose reply purpose is over but who still hold what only that purpose needed. */
    List<Long> beyondReplyPurpose(Instant replyCutoff) {
        return jdbc.queryForList("""
                select c.id from contact c
                where c.consent_newsletter and c.newsletter_withdrawn_at is null
                  and not (c.consent_reply and c.consented_at >= :cutoff)
                  and (c.phone is not null or c.phone_key is not null or c.postal_code is not null
                       or exists (select 1 from follow_up f where f.contact_id = c.id)
                       or exists (select 1 from mail_log m where m.contact_id = c.id))
                order by c.id""", Map.of("cutoff", utc(replyCutoff)), Long.class);
    }

    /**
     * Blanks what may name a visitor in follow-ups and mails that no contact holds (created without one)
     * once the reply period is over: notes, event details, recipients, subjects, errors.
     *
     * @return how many rows were blanked
     */
    int blankOrphans(Instant replyCutoff, Instant now, String by) {
        var parameters = new MapSqlParameterSource("cutoff", utc(replyCutoff))
                .addValue("now", utc(now))
                .addValue("by", by);
        int events = jdbc.update("""
                update follow_up_event e set e.detail = null
                where e.detail is not null and exists (select 1 from follow_up f
                    where f.id = e.follow_up_id and f.contact_id is null and f.created_at < :cutoff)""", parameters);
        int mails = jdbc.update("""
                update mail_log m set m.recipient = null, m.subject = '', m.error = null
                where m.contact_id is null and m.complaint_id is null and m.at < :cutoff
                  and (m.recipient is not null or m.error is not null or m.subject <> '')
                  and (m.follow_up_id is null or exists (select 1 from follow_up f
                       where f.id = m.follow_up_id and f.contact_id is null))""", parameters);
        int notes = jdbc.update("""
                update follow_up set note = null, version = version + 1, updated_at = :now, updated_by = :by
                where contact_id is null and note is not null and created_at < :cutoff""", parameters);
        return events + mails + notes;
    }

    /**
     * Erases what may name a visitor in the complaints closed before {@code closedBefore} (decision 0029): their
     * contact fields, description and answer, the reason of a closing without answer, and their mails' recipients.
     * Statuses, dates, channels and categories stay for the figures.
     *
     * @return how many complaints were erased
     */
    int eraseClosedComplaints(LocalDate closedBefore, Instant now, String by) {
        var parameters = new MapSqlParameterSource("day", closedBefore)
                .addValue("now", utc(now))
                .addValue("by", by);
        var due = "select c.id from complaint c where c.status = 'CLOSED' and c.closed_on < :day"
                + " and c.personal_erased_at is null";
        jdbc.update(
                "update mail_log m set m.recipient = null, m.subject = '', m.error = null where m.complaint_id in ("
                        + due + ")",
                parameters);
        jdbc.update(
                "update complaint_event e set e.detail = null where e.action = 'CLOSED_UNANSWERED'"
                        + " and e.complaint_id in (" + due + ")",
                parameters);
        return jdbc.update("""
                update complaint set contact_name = null, contact_email = null, contact_phone = null,
                    description = null, answer = null, personal_erased_at = :now,
                    version = version + 1, updated_at = :now, updated_by = :by
                where status = 'CLOSED' and closed_on < :day and personal_erased_at is null""", parameters);
    }

    /** Name and address of every newsletter subscriber, one line per address (the latest name). */
    List<List<String>> newsletterSubscribers(Optional<Set<Long>> desks) {
        var byAddress = new LinkedHashMap<String, List<String>>();
        var parameters = new MapSqlParameterSource();
        jdbc.query(
                """
                select email_key, email, name from contact
                where consent_newsletter and newsletter_withdrawn_at is null and email_key is not null""" + atDesks("interaction_id", desks, parameters) + " order by email_key, consented_at desc, id desc",
                parameters,
                (ResultSet row) -> {
                    var name = row.getString("name");
                    byAddress.putIfAbsent(
                            row.getString("email_key"), List.of(row.getString("email"), name == null ? "" : name));
                });
        return List.copyOf(byAddress.values());
    }

    /** Marks the newsletter consent of every contact with this address withdrawn; their ids. */
    List<Long> withdrawNewsletter(String emailKey, Instant now, String by, Optional<Set<Long>> desks) {
        var parameters = new MapSqlParameterSource("key", emailKey);
        var ids = jdbc.queryForList(
                """
                select id from contact
                where email_key = :key and consent_newsletter and newsletter_withdrawn_at is null""" + atDesks("interaction_id", desks, parameters) + " order by id", parameters, Long.class);
        if (!ids.isEmpty()) {
            jdbc.update(
                    """
                    update contact set newsletter_withdrawn_at = :now, version = version + 1, updated_at = :now,
                           updated_by = :by
                    where id in (:ids)""",
                    new MapSqlParameterSource("ids", ids)
                            .addValue("now", utc(now))
                            .addValue("by", by));
        }
        return ids;
    }

    void audit(Instant at, String by, String action, @Nullable Long contactId, @Nullable String detail) {
        jdbc.update(
                """
                insert into personal_data_audit (at, by_user, action, contact_id, detail)
                values (:at, :by, :action, :contact, :detail)""",
                new MapSqlParameterSource("at", utc(at))
                        .addValue("by", by)
                        .addValue("action", action)
                        .addValue("contact", contactId)
                        .addValue("detail", detail));
    }

    void audit(Instant at, String by, String action, Collection<Long> contactIds) {
        contactIds.forEach(id -> audit(at, by, action, id, null));
    }

    List<PersonalAuditEntry> lastAudit(int limit) {
        return jdbc.query(
                "select * from personal_data_audit order by at desc, id desc limit :limit",
                Map.of("limit", limit),
                (row, n) -> new PersonalAuditEntry(
                        instant(row, "at"),
                        row.getString("by_user"),
                        row.getString("action"),
                        row.getObject("contact_id", Long.class),
                        row.getString("detail")));
    }

    private static List<Long> orNone(List<Long> ids) {
        // "in ()" is not SQL; no row has id 0
        return ids.isEmpty() ? List.of(0L) : ids;
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }

    private static @Nullable Instant nullableInstant(ResultSet row, String column) throws SQLException {
        var value = row.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
