package org.comptoir.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/**
 * What a page shows while its feature is still being built: its name and what it will do.
 */
public class ComingSoon extends Composite<Div> {

    public ComingSoon(String titleKey, String descriptionKey) {
        var content = getContent();
        content.addClassName("coming-soon");
        var title = new H2(getTranslation(titleKey));
        var description = new Paragraph(getTranslation(descriptionKey));
        var badge = new Paragraph(getTranslation("coming.badge"));
        badge.addClassName("coming-soon-badge");
        content.add(title, description, badge);
    }
}
