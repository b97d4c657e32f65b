package org.comptoir.attraction.datatourisme;

import java.util.List;
import org.comptoir.attraction.AttractionDetails;
import org.comptoir.attraction.AttractionSource;

/**
 * An attraction the office curated that follows a DATAtourisme point since an import linked them: where
 * each of its fields comes from. Field names are those of {@code import.field.<name>}.
 */
public final class LinkedFields {

    /** Taken from the point at each import, when the point gives them. */
    public static final List<String> FROM_FEED =
            List.of("address", "postalCode", "commune", "coordinates", "phone", "website", "periods");

    /** Kept as the office wrote them, whatever the point says. */
    public static final List<String> FROM_OFFICE =
            List.of("name", "description", "category", "interests", "openingNotes", "audience", "visit");

    private LinkedFields() {}

    /** Curated by the office (typed in or from the starter set) and following a point. */
    public static boolean isLinked(AttractionDetails attraction) {
        return attraction.sourceUri() != null && attraction.source() != AttractionSource.DATATOURISME;
    }
}
