package org.comptoir.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One-click toggle buttons for a short list of choices: several at once, or one ({@link #single}).
 * Made for the keyboard as well as the mouse: Tab reaches each button and Space toggles it, and while
 * the focus is in the group the digit keys 1…9, 0 toggle the first ten choices at once. A one-choice
 * group can send the focus on to the next field as soon as a digit picked a choice.
 *
 * <p>For assistive technology a one-choice group is a radio group (its buttons radios, checked or not)
 * and a several-choice group a group of toggle buttons (pressed or not), each named by the field's
 * label.
 */
public class Toggles<T> extends CustomField<Set<T>> {

    private static final String KEYS = "1234567890";
    // Runs in the browser, so that a fast typist is never ahead of the server: digits click the
    // matching button and the focus moves on at once.
    private static final String KEYBOARD = """
            const host = this;
            host.addEventListener('keydown', e => {
              if (e.ctrlKey || e.altKey || e.metaKey) return;
              const index = '1234567890'.indexOf(e.key);
              if (index < 0) return;
              const button = host.querySelectorAll('vaadin-button.toggle')[index];
              if (!button) return;
              e.preventDefault();
              e.stopPropagation();
              button.click();
              // at once, not in a timer: the browser handles key presses before timers, so the next
              // digit would land in this group again
              if (host.$advance) {
                const next = host.$advance;
                const first = next.querySelector && next.querySelector('vaadin-button.toggle');
                (first || next).focus();
              }
            });""";

    private final boolean single;
    private final Div box = new Div();
    private final Map<T, Button> buttons = new LinkedHashMap<>();
    private Set<T> selected = Set.of();

    private Toggles(boolean single) {
        this.single = single;
        box.addClassName("toggles");
        box.getElement().setAttribute("role", single ? "radiogroup" : "group");
        add(box);
        addClassName("toggle-field");
        getElement().executeJs(KEYBOARD);
    }

    /** Any number of choices. */
    public static <T> Toggles<T> multiple() {
        return new Toggles<>(false);
    }

    /** At most one choice: choosing another replaces it, choosing it again clears it. */
    public static <T> Toggles<T> single() {
        return new Toggles<>(true);
    }

    public void setItems(List<T> items, Function<T, String> label) {
        box.removeAll();
        buttons.clear();
        for (int i = 0; i < items.size(); i++) {
            var item = items.get(i);
            var button = new Button(label.apply(item));
            button.addClassName("toggle");
            if (single) {
                button.getElement().setAttribute("role", "radio");
            }
            if (i < KEYS.length()) {
                var key = new Span(String.valueOf(KEYS.charAt(i)));
                key.addClassName("toggle-key");
                key.getElement().setAttribute("aria-hidden", "true");
                button.setPrefixComponent(key);
            }
            button.addClickListener(e -> toggle(item));
            buttons.put(item, button);
            box.add(button);
        }
        refresh();
    }

    /** The label, shown above the buttons and read out as the group's name. */
    @Override
    public void setLabel(String label) {
        super.setLabel(label);
        box.getElement().setAttribute("aria-label", label);
    }

    /** The element holding the buttons: the radio group or group, for tests. */
    public Element group() {
        return box.getElement();
    }

    /** After a digit picked a choice, the focus goes to this component (one-choice groups). */
    public void advanceTo(Component next) {
        getElement().executeJs("this.$advance = $0", next.getElement());
    }

    /** The single choice, or null. */
    public T getSingle() {
        return selected.isEmpty() ? null : selected.iterator().next();
    }

    public void setSingle(T value) {
        setValue(value == null ? Set.of() : Set.of(value));
    }

    /** The buttons, in order, for tests and for focusing. */
    public List<Button> buttons() {
        return List.copyOf(buttons.values());
    }

    public Button button(T item) {
        return buttons.get(item);
    }

    @Override
    public Set<T> getEmptyValue() {
        return Set.of();
    }

    @Override
    protected Set<T> generateModelValue() {
        return selected;
    }

    @Override
    protected void setPresentationValue(Set<T> value) {
        selected = value == null ? Set.of() : Set.copyOf(value);
        refresh();
    }

    private void toggle(T item) {
        if (isReadOnly()) {
            return;
        }
        var next = new LinkedHashSet<>(selected);
        if (single) {
            next = next.contains(item) ? new LinkedHashSet<>() : new LinkedHashSet<>(List.of(item));
        } else if (!next.remove(item)) {
            next.add(item);
        }
        selected = Set.copyOf(next);
        refresh();
        updateValue();
    }

    private void refresh() {
        buttons.forEach((item, button) -> {
            var on = selected.contains(item);
            button.getElement().setAttribute(single ? "aria-checked" : "aria-pressed", String.valueOf(on));
            if (on) {
                button.addClassName("on");
            } else {
                button.removeClassName("on");
            }
        });
    }
}
