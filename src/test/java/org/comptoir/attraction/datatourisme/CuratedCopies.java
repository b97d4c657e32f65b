package org.comptoir.attraction.datatourisme;

import java.util.List;
import org.comptoir.TestUsers;
import org.comptoir.attraction.AttractionDetails;
import org.comptoir.attraction.AttractionService;
import org.comptoir.security.AppRoles;
import org.springframework.jdbc.core.JdbcTemplate;

/** Puts curated attractions a test linked back as they were, for the tests that run after it. */
public final class CuratedCopies {

    private CuratedCopies() {}

    public static void putBack(JdbcTemplate jdbc, AttractionService attractions, List<AttractionDetails> originals) {
        TestUsers.as("admin", AppRoles.ADMIN, () -> {
            for (var original : originals) {
                // the original's own version, so that its draft saves over whatever the test made of it
                jdbc.update("update attraction set version = ? where id = ?", original.version(), original.id());
                attractions.saveAll(List.of(original.toDraft()));
            }
        });
    }
}
