package org.comptoir.visit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.comptoir.ViewTest;
import org.comptoir.security.AppRoles;
import org.comptoir.testdb.EmbeddedMariaDb;
import org.comptoir.visit.StayLength;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The desk while the database is down: the counsellor is told, keeps every value, and saves again
 * once it is back. Stops and restarts the tests' own MariaDB.
 */
@WithMockUser(username = "counsellor", roles = AppRoles.COUNSELLOR)
class DeskDatabaseDownTest extends ViewTest {

    @BeforeEach
    void onlyWithOurOwnServer() {
        Assumptions.assumeTrue(
                System.getenv("TEST_DB_URL") == null, "stops the tests' own MariaDB; TEST_DB_URL points elsewhere");
    }

    @AfterEach
    void serverIsBack() {
        EmbeddedMariaDb.current().restart();
    }

    @Test
    void the_desk_says_not_saved_keeps_every_value_and_saves_on_retry() throws Exception {
        var view = navigate(DeskView.class);
        var form = view.form;
        test(form.country).selectItem("Suisse");
        test(form.adults).setValue(3);
        test(form.children).setValue(2);
        test(form.stayLength.button(StayLength.MORE_THAN_A_WEEK)).click();

        EmbeddedMariaDb.current().stop();
        test(view.save).click();
        assertThat(view.status.getText()).startsWith("Pas enregistré");
        assertThat(form.country.getValue().code()).isEqualTo("CH");
        assertThat(form.adults.getValue()).isEqualTo(3);
        assertThat(form.children.getValue()).isEqualTo(2);

        EmbeddedMariaDb.current().restart();
        Thread.sleep(1000);
        test(view.save).click();
        assertThat(notifications()).contains("Enregistré — Suisse, 5 pers.");
        assertThat(form.country.getValue()).isNull();
    }
}
