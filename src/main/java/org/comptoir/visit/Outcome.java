package org.comptoir.visit;

/**
 * What came of the conversation. Labels: translation keys {@code Outcome.<VALUE>}.
 */
public enum Outcome {
    BROCHURES_GIVEN,
    SENT_TO_SHOP,
    FOLLOW_UP_NEEDED
}
