package org.comptoir.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.comptoir.base.Progress;

/**
 * What a screen shows while its job runs in the background: what it does, in words, and a bar that fills as the
 * job counts its work (or moves, when it cannot). Hidden otherwise. Screen readers get the words as the bar's
 * name and are told when they change (a polite live region).
 */
public class WorkingBar extends Div {

    final Span text = new Span();
    final ProgressBar bar = new ProgressBar();

    public WorkingBar() {
        addClassName("working-bar");
        text.setId("working-" + System.identityHashCode(this));
        text.getElement().setAttribute("aria-live", "polite");
        bar.getElement().setAttribute("aria-labelledby", text.getId().orElseThrow());
        add(text, bar);
        setVisible(false);
    }

    /** Shows the job starting: the words, and a bar that moves until the job says how far it is. */
    void start(String words) {
        text.setText(words);
        bar.setIndeterminate(true);
        bar.setValue(0);
        setVisible(true);
    }

    /** Shows how far the job is, when it said how much work there is. */
    void show(Progress progress) {
        var fraction = progress.fraction();
        if (fraction.isPresent()) {
            bar.setIndeterminate(false);
            bar.setValue(fraction.getAsDouble());
        }
    }

    void stop() {
        setVisible(false);
    }

    /** The bar's value, from 0 to 1, or -1 while it only moves: for tests. */
    public double value() {
        return bar.isIndeterminate() ? -1 : bar.getValue();
    }

    /** The words shown while the job runs. */
    public String words() {
        return text.getText();
    }
}
