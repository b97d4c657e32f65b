package org.comptoir.reference.ui;

import java.util.function.Consumer;
import org.comptoir.base.ui.FormDialog;
import org.comptoir.reference.ListItem;
import org.comptoir.reference.ListItemDraft;
import org.comptoir.reference.ListKind;
import org.comptoir.reference.ReferenceListService;
import org.jspecify.annotations.Nullable;

/**
 * Adds an entry to a list or edits one. Stays open with everything typed when the save is refused.
 */
class ListItemDialog extends FormDialog<ListItemDraft, ListItem> {

    final ListItemForm form;

    ListItemDialog(
            ListKind kind,
            @Nullable ListItem existing,
            int nextOrder,
            ReferenceListService lists,
            Consumer<ListItem> onSaved) {
        this(new ListItemForm(existing, nextOrder), kind, existing, lists, onSaved);
    }

    private ListItemDialog(
            ListItemForm form,
            ListKind kind,
            @Nullable ListItem existing,
            ReferenceListService lists,
            Consumer<ListItem> onSaved) {
        super(form, form::draft, form::show, draft -> lists.save(kind, draft), onSaved, "lists.conflict");
        this.form = form;
        setHeaderTitle(
                existing == null
                        ? getTranslation("lists.new." + kind)
                        : getTranslation("lists.edit", existing.name(getLocale())));
        setWidth("36em");
    }
}
