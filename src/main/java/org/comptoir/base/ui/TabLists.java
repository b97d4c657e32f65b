package org.comptoir.base.ui;

import com.vaadin.flow.component.tabs.TabSheet;

/** Vaadin's tab lists, made to hold only tabs for assistive technology. */
public final class TabLists {

    private TabLists() {}

    /**
     * Removes {@code tabindex="-1"} from the scroll box inside {@code <vaadin-tabs>}: it makes that box a
     * focusable child of the {@code tablist}, where only {@code tab}s may be (axe-core's critical
     * {@code aria-required-children}, RGAA 7.1). The tabs keep their roving focus; the box, which holds
     * focusable tabs, is not a tab stop without it.
     */
    public static void onlyTabs(TabSheet sheet) {
        sheet.addAttachListener(event -> sheet.getElement().executeJs("""
                        const tabs = this.querySelector('vaadin-tabs');
                        if (tabs) {
                          customElements.whenDefined('vaadin-tabs')
                            .then(() => tabs.updateComplete)
                            .then(() => tabs.shadowRoot.querySelector('[part="tabs"]')?.removeAttribute('tabindex'));
                        }
                        """));
    }
}
