package org.comptoir.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.comptoir.ComptoirTest;
import org.comptoir.TestUsers;
import org.comptoir.TwoOffices;
import org.comptoir.security.AppRoles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The desks' offices kept in memory (decision 0035): a change made here is seen at once, a change made by another
 * instance of a cluster (here: written in SQL, as that instance's transaction leaves it) once its version is raised,
 * and a desk added elsewhere as soon as it is named.
 */
@ComptoirTest
class DeskOfficeMapTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    DeskOfficeMap map;

    @Autowired
    OfficeService offices;

    @Autowired
    JdbcTemplate jdbc;

    TwoOffices two;

    @BeforeEach
    void twoOffices() {
        two = TwoOffices.create(context);
    }

    @AfterEach
    void onlyOneOfficeAgain() {
        jdbc.update("DELETE FROM desk WHERE code = 'ELSEWHERE_TEST'");
        two.remove(context, List.of("bea"));
    }

    @Test
    void a_desk_moved_on_this_instance_is_in_its_new_office_at_once() {
        assertThat(map.desksOf(Set.of(two.officeB()))).containsExactly(two.deskB());

        TestUsers.as("admin", AppRoles.ADMIN, () -> {
            offices.assignDesk(two.deskB(), two.officeA());
            return null;
        });

        assertThat(map.desksOf(Set.of(two.officeB()))).isEmpty();
        assertThat(map.desksOf(Set.of(two.officeA()))).contains(two.deskA(), two.deskB());
        assertThat(map.desksOf(Set.of(two.officeA(), two.officeB()))).contains(two.deskA(), two.deskB());
        assertThat(map.officeOf(two.deskB())).contains(two.officeA());
        assertThat(offices.officeOfDesk(two.deskB())).contains(two.officeA());
    }

    @Test
    void a_desk_moved_by_another_instance_is_seen_once_its_version_is_raised() throws Exception {
        assertThat(map.desksOf(Set.of(two.officeB()))).containsExactly(two.deskB());

        // without the version, the snapshot holds past its recheck: what this instance keeps is the point
        jdbc.update("UPDATE desk SET office_id = ? WHERE id = ?", two.officeA(), two.deskB());
        Thread.sleep(DeskOfficeMap.RECHECK.plusMillis(200).toMillis());
        assertThat(map.desksOf(Set.of(two.officeB()))).containsExactly(two.deskB());

        jdbc.update("UPDATE cache_version SET version = version + 1 WHERE name = 'desks'");
        var deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!map.desksOf(Set.of(two.officeB())).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(map.desksOf(Set.of(two.officeB()))).isEmpty();
        assertThat(map.desksOf(Set.of(two.officeA()))).contains(two.deskB());
    }

    @Test
    void a_desk_added_by_another_instance_is_known_as_soon_as_it_is_named() {
        assertThat(map.exists(two.deskB())).isTrue();
        jdbc.update(
                "INSERT INTO desk (code, name_fr, name_en, office_id) VALUES ('ELSEWHERE_TEST', 'Ailleurs', 'Elsewhere', ?)",
                two.officeB());
        var added = jdbc.queryForObject("SELECT id FROM desk WHERE code = 'ELSEWHERE_TEST'", Long.class);

        assertThat(map.exists(added)).isTrue();
        assertThat(map.officeOf(added)).contains(two.officeB());
        assertThat(map.desksOf(Set.of(two.officeB()))).containsExactlyInAnyOrder(two.deskB(), added);
        assertThat(map.everyDesk()).contains(two.deskA(), two.deskB(), added);
        assertThat(map.exists(added + 1000)).isFalse();
        assertThat(map.officeOf(added + 1000)).isEmpty();
    }

    @Test
    void the_first_office_is_the_oldest() {
        assertThat(map.firstOffice()).isEqualTo(two.officeA());
        assertThat(offices.officeOfDesk(two.deskA())).contains(map.firstOffice());
    }
}
