package org.comptoir.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import org.comptoir.TestUsers;
import org.comptoir.ViewTest;
import org.comptoir.security.AdminAudit;
import org.comptoir.security.AdminAuditEntry;
import org.comptoir.security.AdminAuditKind;
import org.comptoir.security.AppRoles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Admin › Journal: the admin audit, newest first, filtered by kind and by user, in French and in English. */
@WithMockUser(username = "admin", roles = AppRoles.ADMIN)
class AdminJournalViewTest extends ViewTest {

    @Autowired
    AdminAudit audit;

    @Test
    void the_journal_lists_the_newest_line_first_and_filters_by_kind_and_by_user() {
        var tag = UUID.randomUUID().toString().substring(0, 8);
        var writer = "w" + tag;
        TestUsers.as(writer, AppRoles.ADMIN, () -> {
            audit.record(AdminAuditKind.LIST_ITEM, 7L, "older " + tag);
            audit.record(AdminAuditKind.USER, 8L, "newer " + tag);
        });

        var view = navigate(AdminJournalView.class);
        var grid = test(view.grid);
        assertThat(grid.getHeaderCell(2)).isEqualTo("Sujet");

        // other tests write lines too, some on later days of their own clocks: this writer's lines only
        test(view.user).selectItem(writer);
        assertThat(grid.getRow(0).summary()).isEqualTo("newer " + tag);
        assertThat(grid.getCellText(0, 2)).isEqualTo("Utilisateur");
        assertThat(summaries(view)).containsExactly("newer " + tag, "older " + tag);
        test(view.kind).selectItem("Listes");
        assertThat(summaries(view)).containsExactly("older " + tag);
    }

    @Test
    void the_journal_speaks_english() {
        useLocale(Locale.ENGLISH);
        var view = navigate(AdminJournalView.class);

        assertThat(test(view.grid).getHeaderCell(4)).isEqualTo("Change");
        assertThat(view.kind.getLabel()).isEqualTo("Subject");
    }

    private List<String> summaries(AdminJournalView view) {
        var grid = test(view.grid);
        return IntStream.range(0, grid.size())
                .mapToObj(grid::getRow)
                .map(AdminAuditEntry::summary)
                .toList();
    }
}
