package org.comptoir.suggestion;

import static org.comptoir.security.AppRoles.SIGNED_IN;

import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The suggestion sheet a visitor takes away: the picks with address, drive time, opening, price and
 * website (with a QR code), in the visitor's language. As a one-page A4 PDF to download, and as a
 * print-friendly HTML page.
 */
@Service
public class SuggestionSheet {

    @PreAuthorize(SIGNED_IN)
    public byte[] pdf(SheetRequest request) {
        var words = SheetWords.of(request.language());
        return SheetPdf.render(request, words, words.picks(request.picks()));
    }

    @PreAuthorize(SIGNED_IN)
    public String html(SheetRequest request) {
        var words = SheetWords.of(request.language());
        return SheetHtml.render(request, words, words.picks(request.picks()));
    }

    /** "suggestions-2026-07-18-nl.pdf" */
    public static String fileName(SheetLanguage language, LocalDate date) {
        return "suggestions-" + date + "-" + language.code() + ".pdf";
    }
}
