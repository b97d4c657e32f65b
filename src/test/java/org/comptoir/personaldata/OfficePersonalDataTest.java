package org.comptoir.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.comptoir.ComptoirTest;
import org.comptoir.TestUsers;
import org.comptoir.TwoOffices;
import org.comptoir.contact.ContactService;
import org.comptoir.personaldata.PersonalFixtures.Person;
import org.comptoir.security.AppRoles;
import org.comptoir.visit.HistoryFilter;
import org.comptoir.visit.InteractionDetails;
import org.comptoir.visit.InteractionExport;
import org.comptoir.visit.Interactions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Personal data never crosses offices (issue 16, decision 0030): a person who gave their details at office B's
 * desk is neither read, found, exported nor erased by the people of office A, directors and admins included; the
 * history export of office A holds none of office B's interactions. Office B's people reach them, and the network
 * director reads the contact and the export.
 */
@ComptoirTest
class OfficePersonalDataTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ContactService contacts;

    @Autowired
    PersonalDataService personalData;

    @Autowired
    InteractionExport export;

    @Autowired
    JdbcTemplate jdbc;

    TwoOffices two;
    Person person;
    InteractionDetails atB;
    long contact;

    @BeforeEach
    void aPersonKnownAtOfficeB() {
        two = TwoOffices.create(context);
        person = PersonalFixtures.newPerson();
        atB = two.recordAtB(context, "bea", Interactions.draft().adults(2));
        var fixtures = PersonalFixtures.in(context);
        contact = fixtures.contact(atB.id(), person, true, true);
        fixtures.followUpWithMail(atB.id(), contact, person);
    }

    @AfterEach
    void onlyOneOfficeAgain() {
        two.remove(context, List.of("bea"));
    }

    @Test
    void a_director_and_an_admin_of_office_a_do_not_read_a_contact_given_at_office_b() {
        for (var role : List.of(AppRoles.DIRECTOR, AppRoles.ADMIN, AppRoles.COUNSELLOR)) {
            TestUsers.inOffice(two.officeA(), "anna", role, () -> {
                assertThatThrownBy(() -> contacts.view(contact)).as(role).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> contacts.replyAddress(contact)).isInstanceOf(AccessDeniedException.class);
                assertThat(contacts.lastOf(atB.id())).isEmpty();
                assertThat(contacts.givenWith(contact, atB.id())).isFalse();
                return null;
            });
        }
        TestUsers.inOffice(two.officeB(), "bob", AppRoles.DIRECTOR, () -> {
            assertThat(contacts.view(contact).email()).isEqualTo(person.email());
            assertThat(contacts.lastOf(atB.id())).contains(contact);
            return null;
        });
        TestUsers.inOffice(two.officeA(), "network", AppRoles.NETWORK, () -> {
            assertThat(contacts.view(contact).email()).isEqualTo(person.email());
            return null;
        });
    }

    @Test
    void an_admin_of_office_a_neither_finds_nor_exports_nor_erases_a_person_known_at_office_b() {
        TestUsers.inOffice(two.officeA(), "admin", AppRoles.ADMIN, () -> {
            var found = personalData.find(person.email());
            assertThat(found.contacts()).isEmpty();
            assertThat(found.followUps()).isEmpty();
            assertThat(found.mails()).as("the mail found by its address alone").isZero();
            assertThat(personalData.find(person.phone()).contacts()).isEmpty();

            var csv = new ByteArrayOutputStream();
            personalData.exportCsv(person.email(), csv);
            var json = new ByteArrayOutputStream();
            personalData.exportJson(person.email(), json);
            var newsletter = new ByteArrayOutputStream();
            personalData.exportNewsletter(newsletter);
            for (var written : List.of(csv, json, newsletter)) {
                var text = written.toString(StandardCharsets.UTF_8);
                for (var trace : person.traces()) {
                    assertThat(text).doesNotContainIgnoringCase(trace);
                }
            }

            assertThat(personalData.erase(person.email())).isZero();
            assertThat(personalData.withdrawNewsletter(person.email())).isZero();
            return null;
        });
        assertThat(jdbc.queryForObject(
                        "select count(*) from contact where id = ? and newsletter_withdrawn_at is null",
                        Integer.class,
                        contact))
                .as("neither erased nor unsubscribed")
                .isOne();

        TestUsers.inOffice(two.officeB(), "admin", AppRoles.ADMIN, () -> {
            var found = personalData.find(person.email());
            assertThat(found.contacts()).hasSize(1);
            assertThat(found.followUps()).hasSize(1);
            assertThat(found.mails()).isOne();
            var newsletter = new ByteArrayOutputStream();
            personalData.exportNewsletter(newsletter);
            assertThat(newsletter.toString(StandardCharsets.UTF_8)).contains(person.email());
            assertThat(personalData.erase(person.email())).isOne();
            return null;
        });
        assertThat(jdbc.queryForObject("select count(*) from contact where id = ?", Integer.class, contact))
                .isZero();
    }

    @Test
    void the_history_export_of_office_a_holds_none_of_office_b_interactions() {
        var day = atB.occurredAt().toLocalDate();
        var beas = new HistoryFilter(day, day, null, "bea", null, null, null);
        var atDeskB = new HistoryFilter(day, day, two.deskB(), null, null, null, null);

        for (var role : List.of(AppRoles.DIRECTOR, AppRoles.ADMIN)) {
            TestUsers.inOffice(two.officeA(), "anna", role, () -> {
                assertThat(lines(beas)).as(role + ": the header only").hasSize(1);
                assertThat(lines(atDeskB)).hasSize(1);
                return null;
            });
        }
        TestUsers.inOffice(two.officeB(), "bob", AppRoles.DIRECTOR, () -> {
            assertThat(lines(beas)).hasSize(2);
            return null;
        });
        TestUsers.inOffice(two.officeA(), "network", AppRoles.NETWORK, () -> {
            assertThat(lines(beas)).hasSize(2);
            assertThat(lines(atDeskB)).hasSize(2);
            return null;
        });
    }

    private List<String> lines(HistoryFilter filter) {
        var out = new ByteArrayOutputStream();
        export.writeCsv(filter, Locale.FRENCH, out);
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
