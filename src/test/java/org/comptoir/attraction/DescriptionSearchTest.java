package org.comptoir.attraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.comptoir.ComptoirTest;
import org.comptoir.TestClock;
import org.comptoir.security.AppRoles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** The descriptions' round of the search, committed for real: InnoDB's full-text index sees only commits. */
@ComptoirTest
@WithMockUser(username = "admin", roles = AppRoles.ADMIN)
class DescriptionSearchTest {

    @Autowired
    AttractionService attractions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    @Test
    void a_word_of_a_description_finds_it_until_the_description_changes() {
        var word = uniqueWord();
        var saved = attractions.save(
                AttractionDrafts.named("Coulée " + word.toUpperCase().charAt(0) + System.nanoTime())
                        .category(AttractionCategory.VOLCANO_NATURAL_SITE)
                        .latitude(45.7)
                        .longitude(2.95)
                        .descriptionFr("Une coulée de lave où l’on voit des orgues " + word + " au bord du chemin.")
                        .build());

        assertThat(attractions.count(AttractionFilter.text(word))).isEqualTo(1);
        assertThat(ids(word)).containsExactly(saved.id());

        var found = attractions.find(saved.id()).orElseThrow();
        attractions.save(AttractionDrafts.of(found.toDraft())
                .descriptionFr("Une coulée de lave au bord du chemin.")
                .build());

        assertThat(attractions.count(AttractionFilter.text(word)))
                .as("a change here forgets the matches kept")
                .isZero();
        assertThat(ids(word)).isEmpty();
    }

    @Test
    void another_instances_change_shows_once_the_kept_matches_are_too_old() {
        var word = uniqueWord();
        var saved = attractions.save(AttractionDrafts.named("Puy " + System.nanoTime())
                .category(AttractionCategory.VOLCANO_NATURAL_SITE)
                .latitude(45.75)
                .longitude(2.97)
                .descriptionFr("Un cratère " + word + " au sommet.")
                .build());
        assertThat(ids(word)).containsExactly(saved.id());

        // another instance retires it: this one hears no event
        jdbc.update("update attraction set active = 0 where id = ?", saved.id());
        assertThat(ids(word)).as("kept a few seconds").containsExactly(saved.id());

        clock.setOfficeTime(
                LocalDateTime.now(clock).plus(DescriptionMatches.KEPT).plusSeconds(1));
        assertThat(ids(word)).isEmpty();
        assertThat(attractions.count(AttractionFilter.text(word))).isZero();
    }

    private List<Long> ids(String text) {
        return attractions
                .search(AttractionFilter.text(text), AttractionSort.NAME, true, PageRequest.of(0, 50))
                .getContent()
                .stream()
                .map(AttractionDetails::id)
                .toList();
    }

    /** A word no other description holds: letters only, so that the full-text index keeps it whole. */
    private static String uniqueWord() {
        var digits = Long.toString(System.nanoTime(), 26);
        var word = new StringBuilder("basalt");
        for (var c : digits.toCharArray()) {
            word.append((char) ('a' + Character.digit(c, 26)));
        }
        return word.toString();
    }
}
