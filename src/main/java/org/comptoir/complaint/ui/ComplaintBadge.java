package org.comptoir.complaint.ui;

import java.util.Locale;
import java.util.Optional;
import org.comptoir.base.Translations;
import org.comptoir.base.ui.MenuBadge;
import org.comptoir.complaint.ComplaintService;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * The number of late complaints next to "Réclamations": all of them for directors and admins, the ones they own for
 * others; nothing when none is late.
 */
@Component
class ComplaintBadge implements MenuBadge {

    private final ComplaintService complaints;
    private final Translations translations;

    ComplaintBadge(ComplaintService complaints, Translations translations) {
        this.complaints = complaints;
        this.translations = translations;
    }

    @Override
    public String path() {
        return ComplaintsView.ROUTE;
    }

    @Override
    public Optional<Badge> badge(Locale locale) {
        try {
            var count = complaints.myCount();
            if (count.overdue() == 0) {
                return Optional.empty();
            }
            return Optional.of(new Badge(
                    count.overdue(),
                    true,
                    translations.getTranslation("complaint.badge.overdue", locale, count.awaiting(), count.overdue())));
        } catch (DataAccessException | TransactionException unreachable) {
            // the menu still works while the database is away; the count comes back with it
            return Optional.empty();
        }
    }
}
