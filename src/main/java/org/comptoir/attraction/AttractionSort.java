package org.comptoir.attraction;

/** How the attraction list is ordered. */
public enum AttractionSort {
    NAME,
    DRIVE_TIME,
    CATEGORY
}
