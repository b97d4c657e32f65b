package org.comptoir.visit;

/**
 * How long the visitor stays in the area: the stop-and-go versus longer stays question. Labels: translation keys {@code StayLength.<VALUE>}.
 */
public enum StayLength {
    PASSING_THROUGH,
    DAY_TRIP,
    ONE_NIGHT,
    TWO_THREE_NIGHTS,
    FOUR_SEVEN_NIGHTS,
    MORE_THAN_A_WEEK
}
