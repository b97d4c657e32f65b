package org.comptoir.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.comptoir.ComptoirTest;
import org.comptoir.TestUsers;
import org.comptoir.attraction.AttractionCategory;
import org.comptoir.attraction.AttractionDrafts;
import org.comptoir.attraction.AttractionService;
import org.comptoir.attraction.datatourisme.Fixtures;
import org.comptoir.attraction.datatourisme.ImportService;
import org.comptoir.attraction.datatourisme.MappingDraft;
import org.comptoir.reference.ListItemDraft;
import org.comptoir.reference.ListKind;
import org.comptoir.reference.ReferenceListService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** Review finding 13: each administrative change writes its line of the admin audit, which only admins read. */
@ComptoirTest
@Transactional
@WithMockUser(username = "admin", roles = AppRoles.ADMIN)
class AdminAuditTest {

    @Autowired
    AdminAudit audit;

    @Autowired
    UserService users;

    @Autowired
    ReferenceListService lists;

    @Autowired
    AttractionService attractions;

    @Autowired
    ImportService imports;

    @TempDir
    Path temp;

    private final String tag = "t" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void creating_a_user_changing_their_roles_disabling_them_and_resetting_their_password_each_write_a_line() {
        var password = "Jardin-Lecoq-" + tag;
        var created =
                users.save(new UserDraft(null, 0, "u" + tag, "Marie", Set.of(AppRoles.COUNSELLOR), null, password));
        var changed = users.save(new UserDraft(
                created.id(),
                created.version(),
                created.username(),
                "Marie",
                Set.of(AppRoles.COUNSELLOR, AppRoles.DIRECTOR),
                null,
                null));
        users.setEnabled(changed.id(), false);
        users.resetPassword(changed.id(), "Verger-Pommier-" + tag);

        assertThat(summaries(AdminAuditKind.USER, created.id()))
                .containsExactly(
                        "u" + tag + "; password: reset",
                        "u" + tag + "; enabled: true → false",
                        "u" + tag + "; roles: [COUNSELLOR] → [COUNSELLOR, DIRECTOR]",
                        "created u" + tag + "; roles: – → [COUNSELLOR]; enabled: – → true")
                .noneMatch(line -> line.contains(password) || line.contains("Verger"));
    }

    @Test
    void adding_renaming_and_retiring_a_list_entry_each_write_a_line() {
        var item = lists.save(ListKind.INTEREST, new ListItemDraft(null, 0, tag, "Vin", "Wine", 90));
        var renamed =
                lists.save(ListKind.INTEREST, new ListItemDraft(item.id(), item.version(), tag, "Vins", "Wine", 90));
        lists.setActive(ListKind.INTEREST, renamed.id(), false);

        // each list has its own ids: the line names its list and code
        assertThat(summaries(AdminAuditKind.LIST_ITEM, item.id()))
                .filteredOn(line -> line.startsWith("INTEREST " + tag.toUpperCase(Locale.ROOT)))
                .containsExactly(
                        "INTEREST " + tag.toUpperCase(Locale.ROOT) + "; active: true → false",
                        "INTEREST " + tag.toUpperCase(Locale.ROOT) + "; name (fr): Vin → Vins",
                        "INTEREST " + tag.toUpperCase(Locale.ROOT)
                                + " created; name (fr): – → Vin; name (en): – → Wine; order: – → 90");
    }

    @Test
    void creating_editing_and_archiving_an_attraction_each_write_a_line() {
        var created = attractions.save(AttractionDrafts.named("Puy " + tag).build());
        attractions.save(
                AttractionDrafts.of(created.toDraft()).nameFr("Puy de " + tag).build());
        attractions.setActive(created.id(), false);

        assertThat(summaries(AdminAuditKind.ATTRACTION, created.id()))
                .satisfiesExactly(
                        archived -> assertThat(archived).isEqualTo("archived; active: true → false"),
                        edited -> assertThat(edited).contains("nameFr: Puy " + tag + " → Puy de " + tag),
                        first -> assertThat(first).startsWith("created; ").contains("nameFr: – → Puy " + tag));
    }

    @Test
    void an_import_commit_writes_one_line_with_its_file_and_counts() {
        var file = Fixtures.copy("clermont-sample.jsonld", temp, tag);
        var result = imports.commit(imports.preview(file, "clermont-sample.jsonld"));

        assertThat(audit.page(new AdminAuditFilter(AdminAuditKind.IMPORT, "admin"), 0, 1))
                .singleElement()
                .satisfies(line -> assertThat(line.summary())
                        .isEqualTo("file: clermont-sample.jsonld; created: " + result.created()
                                + "; updated: " + result.updated() + "; unchanged: " + result.unchanged()
                                + "; rejected: " + result.rejected() + "; linked: 0; skipped: 0"));
    }

    @Test
    void adding_changing_and_deleting_a_mapping_rule_each_write_a_line() {
        var rule = imports.saveMapping(new MappingDraft(null, 0, ":" + tag, AttractionCategory.PARK_LEISURE, null, 10));
        var changed = imports.saveMapping(
                new MappingDraft(rule.id(), rule.version(), ":" + tag, AttractionCategory.PARK_LEISURE, null, 20));
        imports.deleteMapping(changed.id(), changed.version());

        assertThat(summaries(AdminAuditKind.MAPPING_RULE, rule.id()))
                .satisfiesExactly(
                        deleted -> assertThat(deleted).startsWith("deleted; id: " + rule.id()),
                        edited -> assertThat(edited).isEqualTo("priority: 10 → 20"),
                        first -> assertThat(first).startsWith("created; ").contains("sourceTerm: – → :" + tag));
    }

    @Test
    void a_counsellor_and_a_director_may_not_read_the_admin_audit() {
        for (var role : List.of(AppRoles.COUNSELLOR, AppRoles.DIRECTOR)) {
            TestUsers.as(role.toLowerCase(), role, () -> {
                assertThatThrownBy(() -> audit.page(AdminAuditFilter.ALL, 0, 10))
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(audit::users).isInstanceOf(AccessDeniedException.class);
            });
        }
    }

    /** The summaries of one target's lines, newest first. */
    private List<String> summaries(AdminAuditKind kind, long targetId) {
        return audit.page(new AdminAuditFilter(kind, "admin"), 0, 200).stream()
                .filter(line -> String.valueOf(targetId).equals(line.targetId()))
                .map(AdminAuditEntry::summary)
                .toList();
    }
}
