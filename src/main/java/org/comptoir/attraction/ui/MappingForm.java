package org.comptoir.attraction.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.comptoir.attraction.AttractionCategory;
import org.comptoir.attraction.datatourisme.ImportService;
import org.comptoir.attraction.datatourisme.MappingDraft;
import org.comptoir.attraction.datatourisme.MappingRule;
import org.comptoir.base.RuleViolation;
import org.comptoir.reference.ListItem;
import org.jspecify.annotations.Nullable;

/**
 * A mapping line: the source term, and the category and/or interest it gives, with its priority.
 * Hands back a {@link MappingDraft} only when every field is valid.
 */
class MappingForm extends Composite<FormLayout> {

    /** The form's editable state. */
    static final class Model {
        @Nullable
        Long id;

        long version;
        String term = "";

        @Nullable
        AttractionCategory category;

        @Nullable
        ListItem interest;

        @Nullable
        Integer priority = 50;
    }

    final TextField term = new TextField();
    final ComboBox<AttractionCategory> category = new ComboBox<>();
    final ComboBox<ListItem> interest = new ComboBox<>();
    final IntegerField priority = new IntegerField();

    private final Binder<Model> binder = new Binder<>();
    private final Model model = new Model();

    MappingForm(@Nullable MappingRule existing, List<ListItem> interests) {
        term.setLabel(getTranslation("import.mapping.term"));
        term.setHelperText(getTranslation("import.mapping.term.help"));
        term.setMaxLength(ImportService.MAX_TERM);
        category.setLabel(getTranslation("import.mapping.category"));
        category.setItems(Arrays.stream(AttractionCategory.values())
                .sorted(Comparator.comparing(c -> getTranslation("AttractionCategory." + c)))
                .toList());
        category.setItemLabelGenerator(c -> getTranslation("AttractionCategory." + c));
        category.setClearButtonVisible(true);
        interest.setLabel(getTranslation("import.mapping.interest"));
        interest.setItemLabelGenerator(item -> item.name(getLocale()));
        interest.setClearButtonVisible(true);
        priority.setLabel(getTranslation("import.mapping.priority"));
        priority.setHelperText(getTranslation("import.mapping.priority.help"));
        priority.setMin(0);
        priority.setMax(ImportService.MAX_PRIORITY);
        priority.setStepButtonsVisible(true);

        if (existing != null) {
            model.id = existing.id();
            model.version = existing.version();
            model.term = existing.sourceTerm();
            model.category = existing.category();
            model.priority = existing.priority();
            model.interest = interests.stream()
                    .filter(item -> item.code().equals(existing.interestCode()))
                    .findFirst()
                    .orElse(null);
        }
        interest.setItems(interests);

        binder.forField(term)
                .asRequired(getTranslation("import.mapping.term.required"))
                .withValidator(
                        value -> value.strip().length() <= ImportService.MAX_TERM,
                        getTranslation("import.mapping.term.too-long", ImportService.MAX_TERM))
                .bind(m -> m.term, (m, v) -> m.term = v.strip());
        binder.forField(category)
                .withValidator(
                        value -> value != null || interest.getValue() != null,
                        getTranslation("import.mapping.target.required"))
                .bind(m -> m.category, (m, v) -> m.category = v);
        binder.forField(interest).bind(m -> m.interest, (m, v) -> m.interest = v);
        binder.forField(priority)
                .asRequired(getTranslation("import.mapping.priority.required"))
                .withValidator(
                        value -> value >= 0 && value <= ImportService.MAX_PRIORITY,
                        getTranslation("import.mapping.priority.range", ImportService.MAX_PRIORITY))
                .bind(m -> m.priority, (m, v) -> m.priority = v);
        binder.readBean(model);

        var layout = getContent();
        layout.add(term, category, interest, priority);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        layout.setColspan(term, 2);
    }

    /** The draft when every field is valid; otherwise each wrong field says why and nothing is lost. */
    Optional<MappingDraft> draft() {
        if (!binder.writeBeanIfValid(model)) {
            binder.validate();
            return Optional.empty();
        }
        return Optional.of(new MappingDraft(
                model.id,
                model.version,
                model.term,
                model.category,
                model.interest == null ? null : model.interest.code(),
                model.priority == null ? 0 : model.priority));
    }

    /** Shows a rule the service refused next to the field it is about. */
    boolean show(RuleViolation violation) {
        var key = violation.messageKey();
        HasValidation field = key.startsWith("import.mapping.term")
                ? term
                : key.startsWith("import.mapping.target")
                        ? category
                        : key.startsWith("import.mapping.interest")
                                ? interest
                                : key.startsWith("import.mapping.priority") ? priority : null;
        if (field == null) {
            return false;
        }
        field.setErrorMessage(getTranslation(key, violation.arguments()));
        field.setInvalid(true);
        return true;
    }
}
