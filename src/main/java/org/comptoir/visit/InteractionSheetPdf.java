package org.comptoir.visit;

import java.util.Locale;
import java.util.Optional;
import org.comptoir.base.ComptoirProperties;
import org.comptoir.security.OfficeDirectory;
import org.comptoir.suggestion.SheetLanguage;
import org.comptoir.suggestion.SheetRequest;
import org.comptoir.suggestion.SuggestionService;
import org.comptoir.suggestion.SuggestionSheet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Builds the suggestion sheet of a saved interaction, in the language the conversation was held in: for
 * the download address and for the e-mail a follow-up sends, with the survey's QR code for this visitor when there
 * is a survey ({@link SheetSurveyLink}). {@link VisitService#find} checks who may.
 */
@Component
public class InteractionSheetPdf {

    private final VisitService visits;
    private final SuggestionService suggestions;
    private final SuggestionSheet sheet;
    private final String officeName;
    private final OfficeDirectory offices;
    private final ObjectProvider<SheetSurveyLink> surveys;

    InteractionSheetPdf(
            VisitService visits,
            SuggestionService suggestions,
            SuggestionSheet sheet,
            ComptoirProperties properties,
            OfficeDirectory offices,
            ObjectProvider<SheetSurveyLink> surveys) {
        this.offices = offices;
        this.visits = visits;
        this.suggestions = suggestions;
        this.sheet = sheet;
        this.officeName = properties.officeName();
        this.surveys = surveys;
    }

    /** The sheet, or nothing when the interaction is unknown, deleted or has no picks. */
    public Optional<InteractionSheet> of(long interactionId) {
        return visits.find(interactionId).filter(i -> !i.pickIds().isEmpty()).map(this::sheetOf);
    }

    /**
     * The sheet for a download by the signed-in person: nothing, as for an unknown one, when they may not
     * see the interaction ({@link VisitService#maySee}).
     */
    public Optional<InteractionSheet> forReader(long interactionId) {
        return visits.find(interactionId)
                .filter(visits::maySee)
                .filter(i -> !i.pickIds().isEmpty())
                .map(this::sheetOf);
    }

    private InteractionSheet sheetOf(InteractionDetails details) {
        var language = SheetLanguage.fromCode(
                details.language() == null ? "fr" : details.language().name().toLowerCase(Locale.ROOT));
        var day = details.occurredAt().toLocalDate();
        var picks = suggestions.picked(details.pickIds()).stream()
                .limit(SheetRequest.MAX_PICKS)
                .toList();
        var office = offices.signature(details.deskId(), officeName);
        var request = new SheetRequest(office, picks, language, day);
        var survey = surveys.getIfAvailable();
        if (survey != null) {
            request = survey.address(details).map(request::withSurvey).orElse(request);
        }
        var bytes = sheet.pdf(request);
        return new InteractionSheet(
                SuggestionSheet.fileName(language, day),
                language,
                bytes,
                picks.stream().map(a -> a.name(language.textLocale())).toList(),
                office);
    }
}
