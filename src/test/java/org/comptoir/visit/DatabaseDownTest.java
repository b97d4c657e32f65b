package org.comptoir.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.comptoir.ComptoirTest;
import org.comptoir.security.AppRoles;
import org.comptoir.testdb.EmbeddedMariaDb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.NestedRuntimeException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The database goes away in the middle of the day: nothing the counsellor typed is lost, and the same
 * save works once it is back. Stops and restarts the tests' own MariaDB.
 */
@ComptoirTest
@WithMockUser(username = "counsellor", roles = AppRoles.COUNSELLOR)
class DatabaseDownTest {

    @Autowired
    VisitService visits;

    @BeforeEach
    void onlyWithOurOwnServer() {
        Assumptions.assumeTrue(
                System.getenv("TEST_DB_URL") == null,
                "the database-down tests stop the tests' own MariaDB; TEST_DB_URL points elsewhere");
    }

    @AfterEach
    void serverIsBack() {
        EmbeddedMariaDb.current().restart();
    }

    @Test
    void a_save_while_the_database_is_down_fails_clearly_and_the_same_save_works_once_it_is_back() throws Exception {
        var draft = Interactions.draft()
                .channel(Channel.PHONE)
                .adults(3)
                .children(1)
                .partyType(PartyType.FAMILY)
                .country("CH")
                .stayLength(StayLength.FOUR_SEVEN_NIGHTS)
                .build();
        var desk = visits.defaultDeskId();

        EmbeddedMariaDb.current().stop();
        assertThatThrownBy(() -> visits.save(draft)).isInstanceOf(NestedRuntimeException.class);

        EmbeddedMariaDb.current().restart();
        Thread.sleep(1000);
        var saved = visits.save(draft);
        assertThat(saved.country()).isEqualTo("CH");
        assertThat(visits.today(desk, PageRequest.of(0, 500)).getContent())
                .extracting(InteractionDetails::id)
                .contains(saved.id());
    }
}
