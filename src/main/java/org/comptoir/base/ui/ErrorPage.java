package org.comptoir.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A page shown in the shell instead of a view that cannot be shown: what happened, in the reader's
 * language, and a way back to their home page. Never the list of routes Vaadin shows by default in
 * development mode: the same page in development and production.
 */
abstract class ErrorPage extends Div implements HasDynamicTitle {

    /** The home link, for tests. */
    final Anchor home = new Anchor();

    private final String key;

    ErrorPage(String key) {
        this.key = key;
        addClassName("error-page");
        home.setHref(".");
        home.setText(getTranslation("error.page.home"));
        // handled by the router, without reloading the page
        home.getElement().setAttribute("router-link", true);
        add(new H2(getTranslation(key + ".title")), new Paragraph(getTranslation(key + ".text")), home);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(key + ".title");
    }
}
