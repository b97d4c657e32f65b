package org.comptoir.attraction.datatourisme;

import java.util.List;
import org.comptoir.attraction.AttractionCategory;
import org.jspecify.annotations.Nullable;

/**
 * One record of a preview: small on purpose (a 50 MB file holds some 30,000), the attraction itself is
 * mapped again at commit time.
 *
 * @param number  its rank in the JSON-LD {@code @graph}, or the CSV line it starts on
 * @param reasons why it is rejected; for the others, what was noticed (default category, ignored value…)
 */
public record ImportLine(
        int number,
        @Nullable String sourceUri,
        String name,
        @Nullable AttractionCategory category,
        ImportOutcome outcome,
        List<ImportReason> reasons) {

    public ImportLine {
        reasons = List.copyOf(reasons);
    }
}
