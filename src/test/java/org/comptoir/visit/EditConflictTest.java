package org.comptoir.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.comptoir.base.Translations;
import org.junit.jupiter.api.Test;

class EditConflictTest {

    private final Translations translations = new Translations();

    @Test
    void a_conflict_with_a_known_author_names_them() {
        var conflict = new EditConflict("director");
        assertThat(conflict.changedBy()).isEqualTo("director");
        assertThat(translations.getTranslation(conflict.messageKey(), Locale.ENGLISH, conflict.arguments()))
                .isEqualTo("director changed this interaction in the meantime. Reopen it to see their version.");
    }

    @Test
    void a_conflict_the_database_found_at_the_same_moment_names_nobody_rather_than_a_question_mark() {
        var conflict = EditConflict.meanwhile();
        assertThat(conflict.changedBy()).isNull();
        assertThat(conflict.arguments()).isEmpty();
        assertThat(translations.getTranslation(conflict.messageKey(), Locale.FRENCH, conflict.arguments()))
                .isEqualTo("Quelqu’un d’autre a modifié ce contact au même moment. Rouvrez-le pour voir sa version.");
    }
}
