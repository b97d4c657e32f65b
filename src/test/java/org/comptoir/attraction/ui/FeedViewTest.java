package org.comptoir.attraction.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.comptoir.ViewTest;
import org.comptoir.security.AppRoles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** Admin › Import › Feed: the settings keep the key out of sight; a run that fails says why in the log. */
@WithMockUser(username = "admin", roles = AppRoles.ADMIN)
class FeedViewTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void noFeed() {
        jdbc.update("delete from import_feed_run");
        jdbc.update("delete from import_feed");
    }

    @Test
    void the_admin_saves_the_feed_without_seeing_its_key_again_and_a_run_that_cannot_reach_it_says_why() {
        var view = navigate(FeedView.class);
        assertThat(view.cron.getValue()).isEqualTo("0 0 3 * * *");

        // port 9 (discard) is closed on the loopback: the feed cannot be reached
        test(view.url).setValue("http://127.0.0.1:9/export.jsonld?key=abcdef123");
        test(view.header).setValue("X-Api-Key");
        test(view.secret).setValue("header-key-42");
        test(view.save).click();

        assertThat(view.message.getText()).isEqualTo("Réglages du flux enregistrés.");
        assertThat(view.url.getValue()).isEqualTo("http://127.0.0.1:9/export.jsonld?key=••••");
        assertThat(view.secret.getValue()).isEmpty();
        assertThat(view.secretHint.getText()).isEqualTo("Clé enregistrée : ••••42");

        test(view.runNow).click();
        assertThat(view.working.isVisible())
                .as("the run goes on in the background")
                .isTrue();
        assertThat(view.runNow.isEnabled()).isFalse();
        afterBackground(view.running);
        assertThat(view.working.isVisible()).isFalse();
        assertThat(view.runNow.isEnabled()).isTrue();
        assertThat(view.message.getText())
                .startsWith("Exécution arrêtée, rien n’a été écrit : " + "Le serveur du flux est injoignable");
        assertThat(test(view.runs).size()).isEqualTo(1);
        assertThat(test(view.runs).getCellText(0, 1)).isEqualTo("Arrêtée");
        assertThat(view.getElement().getTextRecursively()).doesNotContain("abcdef123", "header-key-42");
    }
}
