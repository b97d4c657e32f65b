package org.comptoir.visit;

import java.util.Optional;

/**
 * The survey's address a saved interaction's suggestion sheet carries at its foot (a QR code), for this visitor
 * only. Implemented by the satisfaction survey, declared here so that the sheet does not depend on it; without one,
 * or when it gives nothing, the sheet has no survey.
 */
public interface SheetSurveyLink {

    /** The absolute address of a survey about this interaction, or nothing. */
    Optional<String> address(InteractionDetails interaction);
}
