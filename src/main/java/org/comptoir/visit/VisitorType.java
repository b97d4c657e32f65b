package org.comptoir.visit;

/**
 * Who the visitor is, for the office's statistics. Labels: translation keys {@code VisitorType.<VALUE>}.
 */
public enum VisitorType {
    TOURIST,
    DAY_VISITOR,
    LOCAL_RESIDENT,
    NEW_RESIDENT,
    BUSINESS_TRAVELLER,
    TOURISM_PROFESSIONAL
}
