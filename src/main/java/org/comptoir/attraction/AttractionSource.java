package org.comptoir.attraction;

/**
 * Where an attraction's record comes from: typed in by the office, the curated starter set shipped
 * with Comptoir, or an open-data import (DATAtourisme).
 */
public enum AttractionSource {
    MANUAL,
    STARTER_SET,
    DATATOURISME
}
