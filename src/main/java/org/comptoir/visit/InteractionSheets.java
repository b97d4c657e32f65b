package org.comptoir.visit;

/** Where the suggestion sheet of a saved interaction is served. */
public final class InteractionSheets {

    private InteractionSheets() {}

    /** The address of an interaction's sheet, relative to the application's root. */
    public static String path(long interactionId) {
        return "sheets/interactions/" + interactionId + ".pdf";
    }
}
