package org.comptoir.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.comptoir.ComptoirTest;
import org.comptoir.security.AppRoles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Review finding 13: a personal-data download cut by the reader half-way is audited all the same. No test
 * transaction here: the export commits its audit row on its own, as in production.
 */
@ComptoirTest
@WithMockUser(username = "admin", roles = AppRoles.ADMIN)
class InterruptedExportTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    PersonalDataService personalData;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Test
    void a_json_export_cut_half_way_leaves_its_audit_row() {
        assertThat(actionsAfterACutExport(personalData::exportJson)).containsExactly("EXPORT_JSON");
    }

    @Test
    void a_csv_export_cut_half_way_leaves_its_audit_row() {
        assertThat(actionsAfterACutExport(personalData::exportCsv)).containsExactly("EXPORT_CSV");
    }

    /** The audit actions on a new person's contact after the export's reader went away; the person is erased. */
    private List<String> actionsAfterACutExport(BiConsumer<String, OutputStream> export) {
        var fixtures = PersonalFixtures.in(context);
        var person = PersonalFixtures.newPerson();
        long contactId = fixtures.contact(fixtures.interaction().id(), person, true, true);
        try {
            assertThatThrownBy(() -> export.accept(person.email(), new CutAfter(20)))
                    .hasRootCauseInstanceOf(IOException.class);
            return actions(contactId);
        } finally {
            personalData.erase(person.email());
        }
    }

    @Test
    void a_newsletter_export_cut_half_way_leaves_its_audit_row() {
        long before = newsletterExports();

        assertThatThrownBy(() -> personalData.exportNewsletter(new CutAfter(5)))
                .hasRootCauseInstanceOf(IOException.class);

        assertThat(newsletterExports()).isEqualTo(before + 1);
    }

    private List<String> actions(long contactId) {
        return jdbc.queryForList(
                "select action from personal_data_audit where contact_id = :id order by id",
                Map.of("id", contactId),
                String.class);
    }

    private long newsletterExports() {
        return jdbc.queryForObject(
                "select count(*) from personal_data_audit where action = 'NEWSLETTER_EXPORT' and by_user = 'admin'",
                Map.of(),
                Long.class);
    }

    /** A reader whose connection drops after a few bytes. */
    private static final class CutAfter extends OutputStream {

        private int left;

        CutAfter(int bytes) {
            this.left = bytes;
        }

        @Override
        public void write(int b) throws IOException {
            if (left-- <= 0) {
                throw new IOException("connection reset by the reader");
            }
        }
    }
}
