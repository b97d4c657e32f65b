package org.comptoir.suggestion;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.EnumSet;
import java.util.Set;
import org.comptoir.attraction.AttractionCategory;
import org.comptoir.attraction.AttractionDetails;
import org.comptoir.attraction.AttractionSource;
import org.comptoir.attraction.PriceLevel;
import org.jspecify.annotations.Nullable;

/** Attractions made up for the sheet's tests, with every text a sheet shows. */
final class SheetAttractions {

    private SheetAttractions() {}

    static AttractionDetails attraction(long id, String name, String description, @Nullable String website) {
        return attraction(id, name, name, description, description, "Notes: " + description, website);
    }

    static AttractionDetails attraction(
            long id,
            String nameFr,
            String nameEn,
            @Nullable String descriptionFr,
            @Nullable String descriptionEn,
            @Nullable String notes,
            @Nullable String website) {
        return new AttractionDetails(
                id,
                0,
                null,
                nameFr,
                nameEn,
                descriptionFr,
                descriptionEn,
                AttractionCategory.MUSEUM,
                Set.of(),
                "12 rue Pascal",
                "63000",
                "Clermont-Ferrand",
                45.7,
                3.0,
                30,
                id % 2 == 0,
                90,
                PriceLevel.MEDIUM,
                EnumSet.range(Month.APRIL, Month.OCTOBER),
                Set.of(DayOfWeek.MONDAY),
                notes,
                notes,
                true,
                null,
                true,
                true,
                false,
                Set.of("fr"),
                Set.of(),
                website,
                null,
                AttractionSource.MANUAL,
                null,
                null,
                true);
    }
}
