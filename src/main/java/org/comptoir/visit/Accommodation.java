package org.comptoir.visit;

/**
 * Where the visitor sleeps. Labels: translation keys {@code Accommodation.<VALUE>}.
 */
public enum Accommodation {
    HOTEL,
    CAMPSITE,
    HOLIDAY_RENTAL,
    FRIENDS_FAMILY,
    SECOND_HOME,
    CAMPER_VAN,
    NONE
}
