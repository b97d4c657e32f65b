package org.comptoir.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.comptoir.ComptoirTest;
import org.comptoir.TestUsers;
import org.comptoir.attraction.AttractionDetails;
import org.comptoir.attraction.AttractionService;
import org.comptoir.security.AppRoles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Issue 16: the suggestion snapshot of one instance notices a change another instance made to the attractions.
 * The other instance is this test, writing through JDBC as another Comptoir would: the change, then the version
 * row that every change of {@link AttractionService} raises in its transaction.
 */
@ComptoirTest
@WithMockUser(username = "anna", roles = AppRoles.COUNSELLOR)
class SnapshotAcrossInstancesTest {

    private static final Duration PATIENCE = SuggestionService.RECHECK.multipliedBy(5);

    @Autowired
    SuggestionService suggestions;

    @Autowired
    AttractionService attractions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void another_instances_change_reaches_the_snapshot_once_it_raises_the_version() throws Exception {
        var id = attractions.active().getFirst().id();
        var name = name(id);
        try {
            jdbc.update("update attraction set name_fr = concat(name_fr, ' (autre instance)') where id = ?", id);
            Thread.sleep(SuggestionService.RECHECK.plusMillis(200).toMillis());

            assertThat(name(id)).as("without a new version: the snapshot").isEqualTo(name);

            raiseVersion();

            assertThat(nameWithin(id, name + " (autre instance)")).isEqualTo(name + " (autre instance)");
        } finally {
            jdbc.update("update attraction set name_fr = ? where id = ?", name, id);
            raiseVersion();
            nameWithin(id, name);
        }
    }

    @Test
    void a_change_through_the_service_raises_the_version_in_the_database() {
        var before = jdbc.queryForObject("select version from cache_version where name = 'attractions'", Long.class);
        var attraction = attractions.active().getFirst();

        TestUsers.as("admin", AppRoles.ADMIN, () -> attractions.setActive(attraction.id(), true));

        assertThat(jdbc.queryForObject("select version from cache_version where name = 'attractions'", Long.class))
                .isGreaterThan(before);
    }

    private String name(long id) {
        return suggestions.picked(List.of(id)).stream()
                .map(AttractionDetails::nameFr)
                .findFirst()
                .orElseThrow();
    }

    private String nameWithin(long id, String expected) throws InterruptedException {
        var deadline = System.nanoTime() + PATIENCE.toNanos();
        var seen = name(id);
        while (!seen.equals(expected) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            seen = name(id);
        }
        return seen;
    }

    private void raiseVersion() {
        jdbc.update("update cache_version set version = version + 1 where name = 'attractions'");
    }
}
