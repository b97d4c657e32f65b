package org.comptoir.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.shared.Registration;
import java.util.function.BooleanSupplier;

/**
 * Buttons that save, send or commit act once: the browser disables the button at the click (a double
 * click or an impatient second click is never sent), and the server enables it again once the answer
 * is on screen, refused or failed included. Where a retry can still reach the server (two windows, a
 * network retry), the service is idempotent too.
 */
public final class ActOnce {

    private ActOnce() {}

    /** On click, the action, the button disabled until it is done. */
    public static Registration onClick(Button button, Runnable action) {
        return onClick(button, action, () -> true);
    }

    /**
     * As {@link #onClick(Button, Runnable)}, for a button that is not always usable: once the action is
     * done, the button is usable again only if {@code usable} says so (the follow-up still open, say).
     */
    public static Registration onClick(Button button, Runnable action, BooleanSupplier usable) {
        button.setDisableOnClick(true);
        return button.addClickListener(click -> {
            try {
                action.run();
            } finally {
                button.setEnabled(usable.getAsBoolean());
            }
        });
    }
}
