package org.comptoir.suggestion;

import java.util.List;
import org.comptoir.attraction.AttractionDetails;

/**
 * An attraction suggested for a visitor, its score (higher first) and the reasons it is there.
 */
public record Suggestion(AttractionDetails attraction, int score, List<Reason> reasons) {

    public Suggestion {
        reasons = List.copyOf(reasons);
    }
}
