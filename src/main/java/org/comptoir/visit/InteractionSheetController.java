package org.comptoir.visit;

import java.util.Locale;
import org.comptoir.base.ComptoirProperties;
import org.comptoir.suggestion.SheetLanguage;
import org.comptoir.suggestion.SheetRequest;
import org.comptoir.suggestion.SuggestionService;
import org.comptoir.suggestion.SuggestionSheet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The suggestion sheet of a saved interaction at a stable address ({@code /sheets/interactions/42.pdf}),
 * in the language the conversation was held in. The services check who may read it.
 */
@Controller
class InteractionSheetController {

    private final VisitService visits;
    private final SuggestionService suggestions;
    private final SuggestionSheet sheet;
    private final String officeName;

    InteractionSheetController(VisitService visits, SuggestionService suggestions, SuggestionSheet sheet,
                               ComptoirProperties properties) {
        this.visits = visits;
        this.suggestions = suggestions;
        this.sheet = sheet;
        this.officeName = properties.officeName();
    }

    @GetMapping("/sheets/interactions/{id}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        var interaction = visits.find(id).filter(i -> !i.pickIds().isEmpty());
        if (interaction.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        var details = interaction.get();
        var language = SheetLanguage.fromCode(details.language() == null ? "fr"
                : details.language().name().toLowerCase(Locale.ROOT));
        var day = details.occurredAt().toLocalDate();
        var picks = suggestions.picked(details.pickIds()).stream().limit(SheetRequest.MAX_PICKS).toList();
        var bytes = sheet.pdf(new SheetRequest(officeName, picks, language, day));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(SuggestionSheet.fileName(language, day)).build().toString())
                .contentType(MediaType.APPLICATION_PDF)
                .body(bytes);
    }
}
