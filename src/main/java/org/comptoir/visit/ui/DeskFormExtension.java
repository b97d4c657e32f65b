package org.comptoir.visit.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Optional;
import org.comptoir.base.RuleViolation;
import org.comptoir.visit.InteractionPart;

/**
 * A section another feature adds to the desk form (the visitor's contact details, for one), so that the
 * desk does not depend on it. It only collects and checks what was typed: its parts are saved by the service
 * with the interaction, in one transaction. Implementations are prototype-scoped Spring beans: each desk
 * gets its own.
 */
public interface DeskFormExtension {

    /** The section, created once per desk and shown below the interaction's fields. */
    Component component();

    /**
     * What the section adds to the interaction's save (nothing when it was left empty), or empty when
     * something typed is wrong: then the section says next to its fields what, and nothing is saved.
     */
    Optional<List<InteractionPart>> parts();

    /**
     * Shows a refusal of the save next to this section's fields when it is about them; false when it is not
     * this section's (the desk then says it).
     */
    boolean showRefusal(RuleViolation refusal);

    /** Empties the section for the next visitor. */
    void clear();

    /** The desk the form records at, told when the desk page opens (issue 16: its office may matter). */
    default void atDesk(long deskId) {}
}
