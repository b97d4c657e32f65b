package org.comptoir.suggestion;

import java.time.LocalDate;
import java.util.List;
import org.comptoir.attraction.AttractionDetails;
import org.jspecify.annotations.Nullable;

/**
 * What goes on a suggestion sheet.
 *
 * @param officeName the tourist office, at the top of the sheet
 * @param picks      the attractions, in the order shown; at most {@link #MAX_PICKS}, to fit one A4 page
 * @param language   the visitor's language
 * @param date       the day the sheet is prepared
 * @param surveyUrl  the address of the satisfaction survey for this visitor, printed as a QR code at the foot of
 *                   the sheet; none on a sheet without survey
 */
public record SheetRequest(
        String officeName,
        List<AttractionDetails> picks,
        SheetLanguage language,
        LocalDate date,
        @Nullable String surveyUrl) {

    public static final int MAX_PICKS = 8;

    public SheetRequest {
        picks = List.copyOf(picks);
        if (picks.size() > MAX_PICKS) {
            throw new IllegalArgumentException("A sheet holds at most " + MAX_PICKS + " picks, not " + picks.size());
        }
    }

    /** A sheet without survey. */
    public SheetRequest(String officeName, List<AttractionDetails> picks, SheetLanguage language, LocalDate date) {
        this(officeName, picks, language, date, null);
    }

    /** The same sheet, with the survey at this address. */
    public SheetRequest withSurvey(String surveyUrl) {
        return new SheetRequest(officeName, picks, language, date, surveyUrl);
    }
}
