package org.comptoir.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.comptoir.ComptoirTest;
import org.comptoir.TestUsers;
import org.comptoir.security.AdminAudit;
import org.comptoir.security.AdminAuditEntry;
import org.comptoir.security.AdminAuditFilter;
import org.comptoir.security.AdminAuditKind;
import org.comptoir.security.AppRoles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Review finding 13: every history export is in the admin audit, written before the download starts. No test
 * transaction: the export commits its line on its own, as in production.
 */
@ComptoirTest
@WithMockUser(username = "director", roles = AppRoles.DIRECTOR)
class HistoryExportAuditTest {

    @Autowired
    InteractionExport exports;

    @Autowired
    AdminAudit audit;

    @Test
    void a_history_export_cut_half_way_is_in_the_admin_audit_with_its_filter_in_words() {
        var counsellor = "c-" + UUID.randomUUID().toString().substring(0, 8);
        var filter = new HistoryFilter(
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31), null, counsellor, "DE", Channel.PHONE, null);

        assertThatThrownBy(() -> exports.writeCsv(filter, Locale.FRENCH, new OutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        throw new IOException("connection reset by the reader");
                    }
                }))
                .hasRootCauseInstanceOf(IOException.class);

        var lines = TestUsers.as(
                "admin",
                AppRoles.ADMIN,
                () -> audit.page(new AdminAuditFilter(AdminAuditKind.HISTORY_EXPORT, "director"), 0, 50));
        assertThat(lines)
                .filteredOn(line -> line.summary().contains(counsellor))
                .singleElement()
                .extracting(AdminAuditEntry::summary)
                .isEqualTo("from: 2025-03-01; to: 2025-03-31; counsellor: " + counsellor
                        + "; country: DE; channel: PHONE; started");
    }
}
