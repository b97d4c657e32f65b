package org.comptoir.report.past;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import org.comptoir.ComptoirTest;
import org.comptoir.reference.ListItemDraft;
import org.comptoir.reference.ListKind;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.security.AppRoles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** The README's sample file imports into the demo database as it is: the demo's desks, no refused row. */
@ComptoirTest
@Transactional
@WithMockUser(username = "admin", roles = AppRoles.ADMIN)
class PastCountSampleTest {

    @Autowired
    PastCountService pastCounts;

    @Autowired
    ReferenceListService lists;

    @Test
    void the_sample_of_2014_to_2017_is_previewed_without_a_refused_row_on_the_demo_desks() {
        var desks = lists.idsByCode(ListKind.DESK);
        for (var code : new String[] {"PUY_DE_DOME", "ROYAT"}) {
            if (!desks.containsKey(code)) {
                lists.save(ListKind.DESK, new ListItemDraft(null, 0, code, code, code, 99));
            }
        }

        var preview = pastCounts.preview(
                Path.of("docs/samples/past-counts-demo-2014-2017.csv"), "past-counts-demo-2014-2017.csv");

        assertThat(preview.fileError()).isNull();
        assertThat(preview.rejected()).isEmpty();
        assertThat(preview.rowsAccepted()).isEqualTo(preview.rowsRead()).isGreaterThan(1000);
        assertThat(preview.months())
                .hasSize(48)
                .startsWith(YearMonth.of(2014, 1))
                .endsWith(YearMonth.of(2017, 12));
        assertThat(preview.committable()).isTrue();
    }
}
