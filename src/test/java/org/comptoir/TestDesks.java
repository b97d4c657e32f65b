package org.comptoir;

import org.comptoir.reference.ListItemDraft;
import org.comptoir.reference.ListKind;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.security.AppRoles;

/** Desks of a test's own, so that its interactions are told apart from every other test's. */
public final class TestDesks {

    private TestDesks() {}

    /** A new desk, created as an admin, its code {@code code} made unique; its id. */
    public static long create(ReferenceListService lists, String code, String french, String english) {
        return TestUsers.as(
                        "admin",
                        AppRoles.ADMIN,
                        () -> lists.save(
                                ListKind.DESK,
                                new ListItemDraft(null, 0, code + System.nanoTime() % 1_000_000, french, english, 95)))
                .id();
    }
}
