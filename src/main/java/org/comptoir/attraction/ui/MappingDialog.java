package org.comptoir.attraction.ui;

import java.util.List;
import java.util.function.Consumer;
import org.comptoir.attraction.datatourisme.ImportService;
import org.comptoir.attraction.datatourisme.MappingDraft;
import org.comptoir.attraction.datatourisme.MappingRule;
import org.comptoir.base.ui.FormDialog;
import org.comptoir.reference.ListItem;
import org.jspecify.annotations.Nullable;

/** Adds a mapping line or edits one. Stays open with everything typed when the save is refused. */
class MappingDialog extends FormDialog<MappingDraft, MappingRule> {

    final MappingForm form;

    MappingDialog(
            @Nullable MappingRule existing,
            List<ListItem> interests,
            ImportService imports,
            Consumer<MappingRule> onSaved) {
        this(new MappingForm(existing, interests), existing, imports, onSaved);
    }

    private MappingDialog(
            MappingForm form, @Nullable MappingRule existing, ImportService imports, Consumer<MappingRule> onSaved) {
        super(form, form::draft, form::show, imports::saveMapping, onSaved, "import.mapping.conflict");
        this.form = form;
        setHeaderTitle(
                existing == null
                        ? getTranslation("import.mapping.new")
                        : getTranslation("import.mapping.edit", existing.sourceTerm()));
        setWidth("36em");
    }
}
