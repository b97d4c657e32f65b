package org.comptoir.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.comptoir.ComptoirTest;
import org.comptoir.TestUsers;
import org.comptoir.security.AppRoles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ComptoirTest
@Transactional
@WithMockUser(username = "admin", roles = AppRoles.ADMIN)
class PersonalDataServiceTest {

    private static final List<String> PERSONAL_TABLES =
            List.of("contact", "follow_up", "follow_up_event", "mail_log", "personal_data_audit");

    @Autowired
    ApplicationContext context;

    @Autowired
    PersonalDataService personalData;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    PersonalFixtures fixtures;
    PersonalFixtures.Person person;
    PersonalFixtures.Person other;
    long interactionId;
    long contactId;
    long secondContactId;
    long followUpId;
    long otherContactId;

    /** The person came twice and asked for documentation once; someone else shares their first interaction. */
    @BeforeEach
    void aPersonWithTwoContactsAFollowUpAndAMail() {
        fixtures = PersonalFixtures.in(context);
        person = PersonalFixtures.newPerson();
        other = PersonalFixtures.newPerson();
        interactionId = fixtures.interaction().id();
        contactId = fixtures.contact(interactionId, person, true, false);
        followUpId = fixtures.followUpWithMail(interactionId, contactId, person);
        secondContactId = fixtures.contact(fixtures.interaction().id(), person, false, true);
        long otherInteraction = fixtures.interaction().id();
        otherContactId = fixtures.contact(otherInteraction, other, true, true);
        fixtures.followUpWithMail(otherInteraction, otherContactId, other);
    }

    @Test
    void an_admin_finds_a_person_by_email_or_by_phone_written_another_way() {
        var byEmail = personalData.find("  " + person.email().toUpperCase() + " ");
        var byPhone = personalData.find("+33 " + person.phone().substring(1));

        assertThat(byEmail.contacts()).extracting(PersonalContact::id).containsExactly(contactId, secondContactId);
        assertThat(byPhone).isEqualTo(byEmail);
        assertThat(byEmail.contacts().getFirst()).satisfies(contact -> {
            assertThat(contact.interactionId()).isEqualTo(interactionId);
            assertThat(contact.name()).isEqualTo(person.name());
            assertThat(contact.deskId()).isPositive();
            assertThat(contact.consentReply()).isTrue();
        });
        assertThat(byEmail.followUps()).extracting(PersonalFollowUp::id).containsExactly(followUpId);
        assertThat(byEmail.mails()).isOne();
    }

    @Test
    void a_search_with_results_is_audited_by_contact_id_and_never_names_what_was_typed() {
        personalData.find(person.email());

        assertThat(auditRows("VIEW"))
                .extracting(row -> row.get("contact_id"))
                .containsExactlyInAnyOrder(contactId, secondContactId);
        assertThat(auditRows("VIEW"))
                .allSatisfy(row -> assertThat(row.get("by_user")).isEqualTo("admin"));
        assertThat(fixtures.everyValue("personal_data_audit")).noneMatch(this::namesThePerson);
    }

    @Test
    void a_search_that_finds_nothing_is_not_audited() {
        var nobody = PersonalFixtures.newPerson();
        int before = auditCount();

        assertThat(personalData.find(nobody.email()).isEmpty()).isTrue();
        assertThat(personalData.find(""))
                .satisfies(found -> assertThat(found.isEmpty()).isTrue());
        assertThat(auditCount()).isEqualTo(before);
    }

    @Test
    void the_json_export_holds_every_row_about_the_person_and_nothing_about_anyone_else() {
        var out = new ByteArrayOutputStream();
        personalData.exportJson(person.email(), out);

        var json = out.toString(StandardCharsets.UTF_8);
        JsonNode document = JsonMapper.builder().build().readTree(json);
        assertThat(ids(document, "contact")).containsExactly(contactId, secondContactId);
        assertThat(ids(document, "follow_up")).containsExactly(followUpId);
        assertThat(document.get("follow_up_event")).hasSize(1);
        assertThat(document.get("mail_log")).hasSize(1);
        assertThat(document.get("contact").get(0).get("email").asString()).isEqualTo(person.email());
        assertThat(document.get("contact").get(0).get("phone").asString()).isEqualTo(person.phone());
        assertThat(document.get("mail_log").get(0).get("recipient").asString()).isEqualTo(person.email());
        assertThat(json).doesNotContain(other.name(), other.email(), other.phone());
        assertThat(auditRows("EXPORT_JSON"))
                .extracting(row -> row.get("contact_id"))
                .containsExactlyInAnyOrder(contactId, secondContactId);
    }

    @Test
    void the_csv_export_holds_every_row_about_the_person_and_nothing_about_anyone_else() {
        var out = new ByteArrayOutputStream();
        personalData.exportCsv(person.phone(), out);

        var csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFtable;id;version;interaction_id;name;email;");
        var lines = csv.lines().toList();
        assertThat(lines)
                .filteredOn(line -> line.startsWith("contact;"))
                .hasSize(2)
                .allSatisfy(line -> assertThat(line).contains(person.name(), person.email(), person.phone()));
        assertThat(lines)
                .filteredOn(line -> line.startsWith("follow_up;" + followUpId + ";"))
                .singleElement()
                .asString()
                .contains("Envoyer le plan des puys à " + person.name());
        assertThat(lines)
                .filteredOn(line -> line.startsWith("follow_up_event;"))
                .hasSize(1);
        assertThat(lines)
                .filteredOn(line -> line.startsWith("mail_log;"))
                .singleElement()
                .asString()
                .contains(person.email());
        assertThat(csv).doesNotContain(other.name(), other.email(), other.phone());
        assertThat(auditRows("EXPORT_CSV")).hasSize(2);
    }

    @Test
    void erasing_a_person_leaves_nothing_of_them_in_any_table_and_the_interaction_untouched() {
        var interactionTables = List.of(
                "select * from interaction where id = :id",
                "select * from interaction_interest where interaction_id = :id",
                "select * from interaction_question where interaction_id = :id",
                "select * from interaction_outcome where interaction_id = :id",
                "select * from interaction_pick where interaction_id = :id",
                "select * from interaction_audit where interaction_id = :id");
        var before = interactionTables.stream()
                .map(sql -> fixtures.rows(sql, interactionId))
                .toList();
        assertThat(before.get(1)).as("the interaction has interests to keep").isNotEmpty();

        int erased = personalData.erase(person.phone());

        assertThat(erased).isEqualTo(2);
        for (var table : PERSONAL_TABLES) {
            assertThat(fixtures.everyValue(table)).as(table).noneMatch(this::namesThePerson);
        }
        assertThat(interactionTables.stream()
                        .map(sql -> fixtures.rows(sql, interactionId))
                        .toList())
                .isEqualTo(before);
        assertThat(fixtures.rows("select kind, status, due_date from follow_up where id = :id", followUpId))
                .as("the follow-up stays for the counts")
                .singleElement()
                .satisfies(row -> assertThat(row.get("status")).isEqualTo("OPEN"));
        assertThat(personalData.find(person.email()).isEmpty()).isTrue();
        assertThat(personalData.find(other.email()).contacts()).hasSize(1);
        assertThat(auditRows("ERASE"))
                .extracting(row -> row.get("contact_id"))
                .containsExactlyInAnyOrder(contactId, secondContactId);
    }

    @Test
    void the_newsletter_export_lists_the_subscribers_not_withdrawn_nor_erased() {
        var out = new ByteArrayOutputStream();
        int count = personalData.exportNewsletter(out);

        var csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv)
                .startsWith("\uFEFFemail;name\r\n")
                .contains(person.email() + ";" + person.name() + "\r\n", other.email() + ";" + other.name())
                .doesNotContain(person.phone());
        assertThat(csv.lines().filter(line -> line.contains(person.email()))).hasSize(1);
        assertThat(csv.lines().count()).isEqualTo(count + 1L);
        assertThat(auditRows("NEWSLETTER_EXPORT"))
                .last()
                .satisfies(row -> assertThat(row.get("detail")).isEqualTo("count=" + count));

        assertThat(personalData.withdrawNewsletter(other.email().toUpperCase())).isOne();
        personalData.erase(person.email());
        var after = new ByteArrayOutputStream();
        personalData.exportNewsletter(after);
        assertThat(after.toString(StandardCharsets.UTF_8)).doesNotContain(person.email(), other.email());
        assertThat(fixtures.rows("select action from personal_data_audit where contact_id = :id", otherContactId))
                .extracting(row -> row.get("action"))
                .containsExactly("NEWSLETTER_WITHDRAW");
    }

    @Test
    void nobody_but_an_admin_may_see_export_erase_or_keep_the_newsletter() {
        List<Consumer<PersonalDataService>> actions = List.of(
                service -> service.find(person.email()),
                service -> service.exportJson(person.email(), new ByteArrayOutputStream()),
                service -> service.exportCsv(person.email(), new ByteArrayOutputStream()),
                service -> service.erase(person.email()),
                service -> service.exportNewsletter(new ByteArrayOutputStream()),
                service -> service.withdrawNewsletter(person.email()),
                PersonalDataService::audit,
                PersonalDataService::replyRetention);
        for (var action : actions) {
            for (var role : List.of(AppRoles.COUNSELLOR, AppRoles.DIRECTOR)) {
                TestUsers.as(
                        role.toLowerCase(),
                        role,
                        () -> assertThatThrownBy(() -> action.accept(personalData))
                                .isInstanceOf(AccessDeniedException.class));
            }
            asAnonymous(() ->
                    assertThatThrownBy(() -> action.accept(personalData)).isInstanceOf(AccessDeniedException.class));
        }
        assertThat(personalData.find(person.email()).contacts())
                .as("nothing was erased")
                .hasSize(2);
        assertThat(personalData.audit()).isNotEmpty();
    }

    private boolean namesThePerson(String value) {
        return person.traces().stream().anyMatch(value::contains);
    }

    private List<Map<String, Object>> auditRows(String action) {
        return jdbc.queryForList("""
                select * from personal_data_audit
                where action = :action and (contact_id in (:contacts) or contact_id is null) order by id""", Map.of("action", action, "contacts", List.of(contactId, secondContactId)));
    }

    private int auditCount() {
        return jdbc.getJdbcTemplate().queryForObject("select count(*) from personal_data_audit", Integer.class);
    }

    private static List<Long> ids(JsonNode document, String table) {
        var ids = new ArrayList<Long>();
        document.get(table).forEach(row -> ids.add(row.get("id").asLong()));
        return ids;
    }

    private static void asAnonymous(Runnable action) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new AnonymousAuthenticationToken(
                "test", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        SecurityContextHolder.setContext(context);
        try {
            action.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
