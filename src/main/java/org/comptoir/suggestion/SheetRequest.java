package org.comptoir.suggestion;

import java.time.LocalDate;
import java.util.List;
import org.comptoir.attraction.AttractionDetails;

/**
 * What goes on a suggestion sheet.
 *
 * @param officeName the tourist office, at the top of the sheet
 * @param picks      the attractions, in the order shown; at most {@link #MAX_PICKS}, to fit one A4 page
 * @param language   the visitor's language
 * @param date       the day the sheet is prepared
 */
public record SheetRequest(String officeName, List<AttractionDetails> picks, SheetLanguage language, LocalDate date) {

    public static final int MAX_PICKS = 8;

    public SheetRequest {
        picks = List.copyOf(picks);
        if (picks.size() > MAX_PICKS) {
            throw new IllegalArgumentException("A sheet holds at most " + MAX_PICKS + " picks, not " + picks.size());
        }
    }
}
