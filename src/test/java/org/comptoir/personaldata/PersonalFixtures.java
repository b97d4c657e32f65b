package org.comptoir.personaldata;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.comptoir.TestUsers;
import org.comptoir.contact.PersonalKeys;
import org.comptoir.reference.ListKind;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.security.AppRoles;
import org.comptoir.visit.InteractionDetails;
import org.comptoir.visit.Interactions;
import org.comptoir.visit.Outcome;
import org.comptoir.visit.VisitService;
import org.comptoir.visit.VisitorType;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Test people with their contact rows, follow-ups, events and mails, written with JDBC (the contact
 * entities belong to another part of the code) on interactions a counsellor saves. Every person is
 * unique in the shared test database.
 */
public final class PersonalFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final VisitService visits;
    private final ReferenceListService lists;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    private PersonalFixtures(
            VisitService visits, ReferenceListService lists, NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.visits = visits;
        this.lists = lists;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Fixtures on the application's beans. */
    public static PersonalFixtures in(ApplicationContext context) {
        return new PersonalFixtures(
                context.getBean(VisitService.class),
                context.getBean(ReferenceListService.class),
                context.getBean(NamedParameterJdbcTemplate.class),
                context.getBean(Clock.class));
    }

    /** A visitor as the counsellor typed them: the phone in French national form, the e-mail with capitals. */
    public record Person(String name, String email, String phone, String postalCode) {

        public String emailKey() {
            return Objects.requireNonNull(PersonalKeys.emailKey(email));
        }

        public String phoneKey() {
            return Objects.requireNonNull(PersonalKeys.phoneKey(phone));
        }

        /** Every string that would give the person away, for searching the tables. */
        public List<String> traces() {
            return List.of(name, email, emailKey(), phone, phoneKey());
        }
    }

    public static Person newPerson() {
        int n = SEQUENCE.incrementAndGet();
        var nonce = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
        var digits = String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        return new Person(
                "Zélie Vercingétorix-" + nonce + n,
                "Zelie." + nonce + n + "@Exemple.org",
                "07 " + digits.substring(0, 2) + " " + digits.substring(2, 4) + " " + digits.substring(4, 6) + " "
                        + digits.substring(6),
                "63" + String.format("%03d", n % 1000));
    }

    /** An interaction a counsellor saves, with an interest, a question and an outcome in its join tables. */
    public InteractionDetails interaction() {
        var interests = lists.idsByCode(ListKind.INTEREST);
        var questions = lists.idsByCode(ListKind.QUESTION);
        var draft = Interactions.draft()
                .adults(2)
                .visitorType(VisitorType.TOURIST)
                .country("BE")
                .interestIds(Set.of(interests.get("HIKING")))
                .questionIds(Set.of(questions.values().iterator().next()))
                .outcomes(Set.of(Outcome.BROCHURES_GIVEN))
                .build();
        return TestUsers.as("counsellor", AppRoles.COUNSELLOR, () -> visits.save(draft));
    }

    /** A contact consented now. */
    public long contact(long interactionId, Person person, boolean reply, boolean newsletter) {
        return contact(interactionId, person, reply, newsletter, clock.instant());
    }

    public long contact(long interactionId, Person person, boolean reply, boolean newsletter, Instant consentedAt) {
        return insert(
                """
                insert into contact (interaction_id, name, email, email_key, phone, phone_key, postal_code,
                    consent_reply, consent_newsletter, consent_wording_version, consented_at, consented_by,
                    created_at, updated_at, updated_by)
                values (:interaction, :name, :email, :emailKey, :phone, :phoneKey, :postalCode, :reply, :newsletter,
                    'v1', :at, 'counsellor', :at, :at, 'counsellor')""",
                new MapSqlParameterSource()
                        .addValue("interaction", interactionId)
                        .addValue("name", person.name())
                        .addValue("email", person.email())
                        .addValue("emailKey", person.emailKey())
                        .addValue("phone", person.phone())
                        .addValue("phoneKey", person.phoneKey())
                        .addValue("postalCode", person.postalCode())
                        .addValue("reply", reply)
                        .addValue("newsletter", newsletter)
                        .addValue("at", utc(consentedAt)));
    }

    /** A follow-up whose note names the person, with a "created" event and a mail sent to them. */
    public long followUpWithMail(long interactionId, @Nullable Long contactId, Person person) {
        var now = utc(clock.instant());
        long followUp = insert(
                """
                insert into follow_up (interaction_id, contact_id, kind, due_date, owner, status, note,
                    created_at, created_by, updated_at, updated_by)
                values (:interaction, :contact, 'SEND_DOCUMENTATION', :due, 'counsellor', 'OPEN', :note, :now, 'counsellor',
                    :now, 'counsellor')""",
                new MapSqlParameterSource()
                        .addValue("interaction", interactionId)
                        .addValue("contact", contactId)
                        .addValue("due", LocalDate.now(clock).plusDays(3))
                        .addValue("note", "Envoyer le plan des puys à " + person.name() + " (" + person.phone() + ")")
                        .addValue("now", now));
        insert(
                """
                insert into follow_up_event (follow_up_id, at, by_user, action, detail)
                values (:followUp, :now, 'counsellor', 'MAIL_FAILED', :detail)""",
                new MapSqlParameterSource()
                        .addValue("followUp", followUp)
                        .addValue("now", now)
                        .addValue("detail", "mailbox full: " + person.email()));
        insert(
                """
                insert into mail_log (follow_up_id, contact_id, at, by_user, kind, recipient, subject, status, error)
                values (:followUp, :contact, :now, 'counsellor', 'SHEET', :recipient, :subject, 'FAILED',
                    :error)""",
                new MapSqlParameterSource()
                        .addValue("followUp", followUp)
                        .addValue("contact", contactId)
                        .addValue("now", now)
                        .addValue("recipient", person.email())
                        .addValue("subject", "Votre documentation, " + person.name())
                        .addValue("error", "550 " + person.emailKey() + " mailbox full"));
        return followUp;
    }

    /** Every row of the table, every column as text: what a check for leftovers reads. */
    public List<String> everyValue(String table) {
        return jdbc.getJdbcTemplate().queryForList("select * from " + table).stream()
                .flatMap(row -> row.values().stream())
                .filter(Objects::nonNull)
                .map(Object::toString)
                .toList();
    }

    public List<Map<String, Object>> rows(String sql, long id) {
        return jdbc.queryForList(sql, Map.of("id", id));
    }

    private long insert(String sql, MapSqlParameterSource parameters) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(sql, parameters, keys, new String[] {"id"});
        return Objects.requireNonNull(keys.getKey()).longValue();
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
