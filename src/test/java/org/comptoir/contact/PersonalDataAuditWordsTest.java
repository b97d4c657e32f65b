package org.comptoir.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class PersonalDataAuditWordsTest {

    @Test
    void every_action_the_access_log_writes_has_its_words_in_french_and_english() {
        for (var locale : new Locale[] {Locale.ROOT, Locale.ENGLISH}) {
            var words = ResourceBundle.getBundle("vaadin-i18n.translations", locale);
            for (var action : PersonalDataAudit.Action.values()) {
                assertThat(words.containsKey("personal.audit.action." + action.name()))
                        .as("%s in %s", action, locale)
                        .isTrue();
            }
        }
    }
}
