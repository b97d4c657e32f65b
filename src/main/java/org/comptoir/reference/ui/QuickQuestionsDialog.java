package org.comptoir.reference.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.comptoir.base.RuleViolation;
import org.comptoir.base.ui.ActOnce;
import org.comptoir.base.ui.UnsavedChanges;
import org.comptoir.reference.ListItem;
import org.comptoir.reference.ListKind;
import org.comptoir.reference.ReferenceListService;

/**
 * Chooses a desk's quick-count buttons and their order: the chosen questions as a numbered list
 * with up, down and remove, and a box to add another active question.
 */
class QuickQuestionsDialog extends Dialog {

    final ComboBox<ListItem> add = new ComboBox<>();
    final Div buttons = new Div();
    final Button save = new Button();

    private final List<ListItem> chosen;
    private final UnsavedChanges changes;
    private final List<ListItem> questions;

    QuickQuestionsDialog(ListItem desk, ReferenceListService lists, Runnable onSaved) {
        chosen = new ArrayList<>(lists.quickQuestions(desk.id()));
        questions = lists.items(ListKind.QUESTION, false);
        setHeaderTitle(getTranslation("lists.quick.title", desk.name(getLocale())));
        addClassName("quick-questions-dialog");

        var help = new Paragraph(getTranslation("lists.quick.help"));
        help.addClassName("lists-help");
        buttons.addClassName("quick-list");
        add.setLabel(getTranslation("lists.quick.add"));
        add.setPlaceholder(getTranslation("lists.quick.add.placeholder"));
        add.setItemLabelGenerator(question -> question.name(getLocale()));
        add.setWidthFull();
        add.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                chosen.add(e.getValue());
                add.clear();
                refresh();
            }
        });
        add(help, buttons, add);
        refresh();

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ActOnce.onClick(save, () -> {
            try {
                lists.setQuickQuestions(
                        desk.id(), chosen.stream().map(ListItem::id).toList());
                close();
                onSaved.run();
            } catch (RuleViolation violation) {
                Notification.show(
                                getTranslation(violation.messageKey(), violation.arguments()),
                                6000,
                                Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        changes = UnsavedChanges.guard(this, add);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("32em");
    }

    /** The chosen questions, in the order the desk will show them. */
    List<ListItem> chosen() {
        return List.copyOf(chosen);
    }

    private void refresh() {
        buttons.removeAll();
        if (chosen.isEmpty()) {
            var empty = new Paragraph(getTranslation("lists.quick.empty"));
            empty.addClassName("quick-empty");
            buttons.add(empty);
        }
        for (int i = 0; i < chosen.size(); i++) {
            buttons.add(row(i));
        }
        add.setItems(questions.stream()
                .filter(q -> chosen.stream().noneMatch(c -> c.id() == q.id()))
                .toList());
    }

    private Div row(int index) {
        var question = chosen.get(index);
        var name = question.name(getLocale());
        var position = new Span(String.valueOf(index + 1));
        position.addClassName("quick-position");
        var label = new Span(name);
        label.addClassName("quick-name");
        var up = ListsView.iconButton(
                VaadinIcon.ARROW_UP, getTranslation("lists.quick.up", name), () -> move(index, index - 1));
        up.setEnabled(index > 0);
        var down = ListsView.iconButton(
                VaadinIcon.ARROW_DOWN, getTranslation("lists.quick.down", name), () -> move(index, index + 1));
        down.setEnabled(index < chosen.size() - 1);
        var remove = ListsView.iconButton(VaadinIcon.CLOSE_SMALL, getTranslation("lists.quick.remove", name), () -> {
            chosen.remove(index);
            changes.touched();
            refresh();
        });
        var row = new Div(position, label, up, down, remove);
        row.addClassName("quick-row");
        return row;
    }

    private void move(int from, int to) {
        Collections.swap(chosen, from, to);
        changes.touched();
        refresh();
    }
}
