package org.comptoir.visit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.comptoir.ComptoirTest;
import org.comptoir.TestUsers;
import org.comptoir.security.AppRoles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Writing around the desk's service (no validation, no audit) is for admins: the demo loader and the benchmarks. */
@ComptoirTest
class InteractionBulkWriterTest {

    @Autowired
    InteractionBulkWriter writer;

    @Test
    void counsellors_and_directors_cannot_write_interactions_in_bulk() {
        for (var role : new String[] {AppRoles.COUNSELLOR, AppRoles.DIRECTOR}) {
            assertThatThrownBy(() -> TestUsers.as("someone", role, () -> writer.write(Stream.empty())))
                    .as(role)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
