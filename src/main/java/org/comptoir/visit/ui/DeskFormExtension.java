package org.comptoir.visit.ui;

import com.vaadin.flow.component.Component;
import org.comptoir.visit.InteractionDetails;

/**
 * A section another feature adds to the desk form (the visitor's contact details, for one), so that the
 * desk does not depend on it. Implementations are prototype-scoped Spring beans: each desk gets its own.
 */
public interface DeskFormExtension {

    /** The section, created once per desk and shown below the interaction's fields. */
    Component component();

    /**
     * Checks what was typed before the interaction is saved. When false, nothing is saved and the section
     * says next to its fields what is wrong.
     */
    boolean validate();

    /**
     * Saves the section's part once the interaction is saved. When false, the section kept what was typed
     * and says what still needs the counsellor; the desk then leaves it as it is.
     */
    boolean afterSave(InteractionDetails saved);

    /** Empties the section for the next visitor. */
    void clear();
}
