package org.comptoir.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * What became of an e-mail to a visitor, in a status line read out to screen readers: sent, or not sent with a button
 * that tries the same again in one click (the follow-ups' and the complaints' mails).
 */
public class MailStatus extends Div {

    public MailStatus() {
        addClassName("mail-status");
        getElement().setAttribute("role", "status");
    }

    /** Forgets the last outcome (a new try begins). */
    public void clear() {
        removeAll();
        removeClassNames("error", "ok");
    }

    /** Shows the outcome, with a notification; when not sent, a button runs {@code retry}. */
    public void show(boolean sent, Runnable retry) {
        clear();
        if (sent) {
            addClassName("ok");
            add(new Span(getTranslation("mail.sent.message")));
            Notification.show(getTranslation("mail.sent.message"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            return;
        }
        addClassName("error");
        var again = new Button(getTranslation("mail.retry"), VaadinIcon.REFRESH.create());
        ActOnce.onClick(again, retry);
        again.addThemeVariants(ButtonVariant.LUMO_SMALL);
        again.addClassName("mail-retry");
        add(new Span(getTranslation("mail.failed.message")), again);
        Notification.show(getTranslation("mail.failed.message"), 6000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
