package org.comptoir.survey;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.comptoir.base.ComptoirProperties;
import org.comptoir.base.PublicSite;
import org.comptoir.suggestion.SheetLanguage;
import org.comptoir.visit.InteractionDetails;
import org.comptoir.visit.SheetSurveyLink;
import org.springframework.stereotype.Component;

/**
 * The survey's QR code on a saved interaction's suggestion sheet: a new one-use code each time the sheet is made
 * (a sheet printed twice works twice until the first answer), in the conversation's language. None for a quick
 * count, an interaction older than a sheet code lives, or when the survey is off or Comptoir does not know its
 * public address.
 */
@Component
class SheetSurveyInvitations implements SheetSurveyLink {

    /** The visitor's page: {@code survey/<token>?lang=nl}. */
    static final String ROUTE = "survey";

    private final SurveyService surveys;
    private final SurveySettings settings;
    private final PublicSite site;
    private final Clock clock;
    private final ZoneId zone;

    SheetSurveyInvitations(
            SurveyService surveys,
            SurveySettings settings,
            PublicSite site,
            Clock clock,
            ComptoirProperties properties) {
        this.surveys = surveys;
        this.settings = settings;
        this.site = site;
        this.clock = clock;
        this.zone = properties.timeZone();
    }

    @Override
    public Optional<String> address(InteractionDetails interaction) {
        if (!settings.enabled() || interaction.quick() || tooOld(interaction)) {
            return Optional.empty();
        }
        var language = SheetLanguage.fromCode(
                interaction.language() == null
                        ? "fr"
                        : interaction.language().name().toLowerCase(Locale.ROOT));
        var page = site.address(ROUTE);
        if (page.isEmpty()) {
            return Optional.empty();
        }
        return surveys.invite(interaction.id(), interaction.deskId(), interaction.country())
                .map(token -> page.get() + "/" + token + "?lang=" + language.code());
    }

    private boolean tooOld(InteractionDetails interaction) {
        var age = Duration.between(interaction.occurredAt(), LocalDateTime.now(clock.withZone(zone)));
        return age.compareTo(settings.sheetValidity()) > 0;
    }
}
