package org.comptoir.attraction;

/**
 * What kind of place or activity an attraction is. Labels: translation keys
 * {@code AttractionCategory.<VALUE>}.
 */
public enum AttractionCategory {
    VOLCANO_NATURAL_SITE,
    HIKING_TRAIL,
    CYCLING_ROUTE,
    MUSEUM,
    HERITAGE_MONUMENT,
    RELIGIOUS_HERITAGE,
    INDUSTRIAL_HERITAGE,
    PARK_LEISURE,
    SPA_WELLNESS,
    LOCAL_PRODUCER,
    SHOP_CRAFTS,
    RESTAURANT,
    EVENT,
    GUIDED_TOUR
}
