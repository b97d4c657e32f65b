package org.comptoir.reference.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.Optional;
import org.comptoir.base.RuleViolation;
import org.comptoir.reference.ListItem;
import org.comptoir.reference.ListItemDraft;
import org.comptoir.reference.ReferenceListService;
import org.jspecify.annotations.Nullable;

/**
 * An entry's code (set once, when it is new), its French and English names and its place in the
 * list. Hands back a {@link ListItemDraft} only when every field is valid.
 */
class ListItemForm extends Composite<FormLayout> {

    /** The form's editable state. */
    static final class Model {
        @Nullable
        Long id;

        long version;
        String code = "";
        String nameFr = "";
        String nameEn = "";

        @Nullable
        Integer sortOrder;
    }

    private static final String CODE = "[A-Za-z0-9_]{1," + ReferenceListService.MAX_CODE + "}";

    final TextField code = new TextField();
    final TextField nameFr = new TextField();
    final TextField nameEn = new TextField();
    final IntegerField sortOrder = new IntegerField();

    private final Binder<Model> binder = new Binder<>();
    private final Model model = new Model();

    /** An empty form for a new entry placed at {@code nextOrder}, or the form of an existing one. */
    ListItemForm(@Nullable ListItem existing, int nextOrder) {
        code.setLabel(getTranslation("lists.code"));
        code.setHelperText(getTranslation("lists.code.help"));
        code.setMaxLength(ReferenceListService.MAX_CODE);
        code.addClassName("lists-code-field");
        nameFr.setLabel(getTranslation("lists.name-fr"));
        nameFr.setMaxLength(ReferenceListService.MAX_NAME);
        nameEn.setLabel(getTranslation("lists.name-en"));
        nameEn.setMaxLength(ReferenceListService.MAX_NAME);
        sortOrder.setLabel(getTranslation("lists.order"));
        sortOrder.setHelperText(getTranslation("lists.order.help"));
        sortOrder.setMin(0);
        sortOrder.setMax(ReferenceListService.MAX_ORDER);
        sortOrder.setStepButtonsVisible(true);

        binder.forField(nameFr)
                .asRequired(getTranslation("lists.name-fr.required"))
                .withValidator(
                        value -> value.strip().length() <= ReferenceListService.MAX_NAME,
                        getTranslation("lists.name-fr.too-long", ReferenceListService.MAX_NAME))
                .bind(m -> m.nameFr, (m, v) -> m.nameFr = v.strip());
        binder.forField(nameEn)
                .asRequired(getTranslation("lists.name-en.required"))
                .withValidator(
                        value -> value.strip().length() <= ReferenceListService.MAX_NAME,
                        getTranslation("lists.name-en.too-long", ReferenceListService.MAX_NAME))
                .bind(m -> m.nameEn, (m, v) -> m.nameEn = v.strip());
        binder.forField(sortOrder)
                .asRequired(getTranslation("lists.order.required"))
                .withValidator(
                        value -> value >= 0 && value <= ReferenceListService.MAX_ORDER,
                        getTranslation("lists.order.range", ReferenceListService.MAX_ORDER))
                .bind(m -> m.sortOrder, (m, v) -> m.sortOrder = v);

        var layout = getContent();
        if (existing == null) {
            binder.forField(code)
                    .asRequired(getTranslation("lists.code.required"))
                    .withValidator(
                            value -> value.strip().matches(CODE),
                            getTranslation("lists.code.invalid", ReferenceListService.MAX_CODE))
                    .bind(m -> m.code, (m, v) -> m.code = v.strip());
            model.sortOrder = nextOrder;
        } else {
            model.id = existing.id();
            model.version = existing.version();
            model.nameFr = existing.nameFr();
            model.nameEn = existing.nameEn();
            model.sortOrder = existing.sortOrder();
            // the code is what history and reports refer to: shown, never changed
            code.setValue(existing.code());
            code.setReadOnly(true);
            code.setHelperText(getTranslation("lists.code.fixed"));
        }
        binder.readBean(model);
        layout.add(code, sortOrder, nameFr, nameEn);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        layout.setColspan(nameFr, 2);
        layout.setColspan(nameEn, 2);
    }

    /** The draft when every field is valid; otherwise each wrong field says why and nothing is lost. */
    Optional<ListItemDraft> draft() {
        if (!binder.writeBeanIfValid(model)) {
            binder.validate();
            return Optional.empty();
        }
        return Optional.of(new ListItemDraft(
                model.id,
                model.version,
                model.code,
                model.nameFr,
                model.nameEn,
                model.sortOrder == null ? 0 : model.sortOrder));
    }

    /** Shows a rule the service refused next to the field it is about. */
    boolean show(RuleViolation violation) {
        var key = violation.messageKey();
        HasValidation field = key.startsWith("lists.code")
                ? code
                : key.startsWith("lists.name-fr")
                        ? nameFr
                        : key.startsWith("lists.name-en") ? nameEn : key.startsWith("lists.order") ? sortOrder : null;
        if (field == null) {
            return false;
        }
        field.setErrorMessage(getTranslation(key, violation.arguments()));
        field.setInvalid(true);
        return true;
    }
}
