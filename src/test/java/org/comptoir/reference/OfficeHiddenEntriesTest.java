package org.comptoir.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.comptoir.ComptoirTest;
import org.comptoir.TestUsers;
import org.comptoir.TwoOffices;
import org.comptoir.base.RuleViolation;
import org.comptoir.security.AppRoles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/**
 * An office hides the interests and questions it does not use (issue 16, V0028): its desks' forms no longer offer
 * them, the other offices' desks still do, and the lists themselves are untouched.
 */
@ComptoirTest
class OfficeHiddenEntriesTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    OfficeService offices;

    @Autowired
    ReferenceListService lists;

    TwoOffices two;

    @BeforeEach
    void twoOffices() {
        two = TwoOffices.create(context);
    }

    @AfterEach
    void onlyOneOfficeAgain() {
        two.remove(context, List.of("bea"));
    }

    @Test
    void an_office_hides_an_interest_and_a_question_from_its_desks_only() {
        var interests = TestUsers.as("admin", AppRoles.ADMIN, () -> lists.items(ListKind.INTEREST, false));
        var questions = TestUsers.as("admin", AppRoles.ADMIN, () -> lists.items(ListKind.QUESTION, false));
        var interest = interests.getFirst().id();
        var question = questions.getLast().id();

        TestUsers.as("admin", AppRoles.ADMIN, () -> {
            offices.setHidden(two.officeB(), ListKind.INTEREST, Set.of(interest));
            offices.setHidden(two.officeB(), ListKind.QUESTION, Set.of(question));
            return null;
        });

        TestUsers.inOffice(two.officeB(), "bea", AppRoles.COUNSELLOR, () -> {
            assertThat(offices.hidden(two.officeB(), ListKind.INTEREST)).containsExactly(interest);
            assertThat(lists.offered(ListKind.INTEREST, two.deskB()))
                    .extracting(ListItem::id)
                    .doesNotContain(interest)
                    .hasSize(interests.size() - 1);
            assertThat(lists.offered(ListKind.QUESTION, two.deskB()))
                    .extracting(ListItem::id)
                    .doesNotContain(question)
                    .hasSize(questions.size() - 1);
            assertThat(lists.offered(ListKind.INTEREST, two.deskA()))
                    .as("the first office still offers it")
                    .extracting(ListItem::id)
                    .contains(interest);
            assertThat(lists.items(ListKind.INTEREST, false))
                    .as("the network's list is untouched")
                    .extracting(ListItem::id)
                    .contains(interest);
            return null;
        });

        TestUsers.as("admin", AppRoles.ADMIN, () -> {
            offices.setHidden(two.officeB(), ListKind.INTEREST, Set.of());
            return null;
        });
        assertThat(TestUsers.as("bea", AppRoles.COUNSELLOR, () -> lists.offered(ListKind.INTEREST, two.deskB())))
                .as("offered again")
                .hasSize(interests.size());
    }

    @Test
    void only_admins_hide_entries_and_only_interests_and_questions_of_the_lists() {
        assertThatThrownBy(() -> TestUsers.as("director", AppRoles.DIRECTOR, () -> {
                    offices.setHidden(two.officeB(), ListKind.INTEREST, Set.of());
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
        TestUsers.as("admin", AppRoles.ADMIN, () -> {
            assertThatThrownBy(() -> offices.setHidden(two.officeB(), ListKind.DESK, Set.of(two.deskA())))
                    .isInstanceOf(RuleViolation.class)
                    .hasMessageContaining("office.hidden.kind");
            assertThatThrownBy(() -> offices.setHidden(two.officeB(), ListKind.INTEREST, Set.of(-5L)))
                    .isInstanceOf(RuleViolation.class)
                    .hasMessageContaining("lists.not-found");
            assertThatThrownBy(() -> offices.setHidden(-1L, ListKind.INTEREST, Set.of()))
                    .isInstanceOf(RuleViolation.class)
                    .hasMessageContaining("office.not-found");
            return null;
        });
    }
}
