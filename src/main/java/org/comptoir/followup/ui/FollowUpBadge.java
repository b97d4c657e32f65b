package org.comptoir.followup.ui;

import java.util.Locale;
import java.util.Optional;
import org.comptoir.base.Translations;
import org.comptoir.base.ui.MenuBadge;
import org.comptoir.followup.FollowUpService;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/** The number of the signed-in person's open follow-ups next to "My follow-ups", red when one is overdue. */
@Component
class FollowUpBadge implements MenuBadge {

    private final FollowUpService followUps;
    private final Translations translations;

    FollowUpBadge(FollowUpService followUps, Translations translations) {
        this.followUps = followUps;
        this.translations = translations;
    }

    @Override
    public String path() {
        return FollowUpsView.ROUTE;
    }

    @Override
    public Optional<Badge> badge(Locale locale) {
        try {
            var count = followUps.myOpenCount();
            if (count.open() == 0) {
                return Optional.empty();
            }
            var description = count.overdue() == 0
                    ? translations.getTranslation("followup.badge", locale, count.open())
                    : translations.getTranslation("followup.badge.overdue", locale, count.open(), count.overdue());
            return Optional.of(new Badge(count.open(), count.overdue() > 0, description));
        } catch (DataAccessException | TransactionException unreachable) {
            // the menu still works while the database is away; the count comes back with it
            return Optional.empty();
        }
    }
}
