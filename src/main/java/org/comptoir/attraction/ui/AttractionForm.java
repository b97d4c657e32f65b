package org.comptoir.attraction.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.DayOfWeek;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.comptoir.attraction.AttractionCategory;
import org.comptoir.attraction.AttractionDraft;
import org.comptoir.attraction.AttractionRules;
import org.comptoir.attraction.AttractionSource;
import org.comptoir.attraction.PriceLevel;
import org.comptoir.reference.ListItem;
import org.jspecify.annotations.Nullable;

/**
 * Every field of an attraction, grouped as a counsellor reads them (what, where, when, for whom, how
 * to reach it). Checks what it can as the admin types, hands back an {@link AttractionDraft} only when
 * all is valid, shows the service's refusals next to their fields, and never clears what was typed.
 */
class AttractionForm extends Composite<FormLayout> {

    private static final int MAX_NOTES = 1000;
    private static final int MAX_PHONE = 40;

    /** The form's editable state. */
    static final class Model {
        @Nullable
        Long id;

        long version;

        @Nullable
        String slug;

        String nameFr = "";
        String nameEn = "";
        String descriptionFr = "";
        String descriptionEn = "";

        @Nullable
        AttractionCategory category;

        Set<Long> interestIds = Set.of();
        String address = "";
        String postalCode = "";
        String commune = "";

        @Nullable
        Double latitude;

        @Nullable
        Double longitude;

        @Nullable
        Integer driveMinutes;

        @Nullable
        Integer visitMinutes;

        @Nullable
        PriceLevel priceLevel;

        Set<Month> monthsOpen = EnumSet.allOf(Month.class);
        Set<DayOfWeek> closedDays = Set.of();
        String openingNotesFr = "";
        String openingNotesEn = "";
        boolean familyFriendly;

        @Nullable
        Integer minAge;

        boolean accessible;
        boolean indoor;
        boolean dogsAllowed;
        /** French by default: a site in France is visited in French at least. */
        Set<String> languages = Set.of("fr");

        Set<String> labels = Set.of();
        String website = "";
        String phone = "";
        AttractionSource source = AttractionSource.MANUAL;

        @Nullable
        String sourceUri;

        java.time.@Nullable LocalDate sourceDate;
        boolean active = true;
    }

    final TextField nameFr = new TextField();
    final TextField nameEn = new TextField();
    final Select<AttractionCategory> category = new Select<>();
    final TextArea descriptionFr = new TextArea();
    final TextArea descriptionEn = new TextArea();
    final TextField address = new TextField();
    final TextField postalCode = new TextField();
    final TextField commune = new TextField();
    final NumberField latitude = new NumberField();
    final NumberField longitude = new NumberField();
    final IntegerField driveMinutes = new IntegerField();
    final IntegerField visitMinutes = new IntegerField();
    final Select<PriceLevel> priceLevel = new Select<>();
    final CheckboxGroup<Month> monthsOpen = new CheckboxGroup<>();
    final CheckboxGroup<DayOfWeek> closedDays = new CheckboxGroup<>();
    final TextArea openingNotesFr = new TextArea();
    final TextArea openingNotesEn = new TextArea();
    final Checkbox familyFriendly = new Checkbox();
    final IntegerField minAge = new IntegerField();
    final Checkbox accessible = new Checkbox();
    final Checkbox indoor = new Checkbox();
    final Checkbox dogsAllowed = new Checkbox();
    final MultiSelectComboBox<String> languages = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> labels = new MultiSelectComboBox<>();
    final CheckboxGroup<Long> interests = new CheckboxGroup<>();
    final TextField website = new TextField();
    final TextField phone = new TextField();

    private final Binder<Model> binder = new Binder<>();
    private final AttractionWords words;
    private final Map<Long, ListItem> interestItems;
    private final List<String> languageChoices = new ArrayList<>(AttractionWords.COMMON_LANGUAGES);
    private final List<String> labelChoices = new ArrayList<>(AttractionWords.KNOWN_LABELS);
    private Model model = new Model();

    /** @param interestItems the interests to offer: the active ones and any retired one the attraction has */
    AttractionForm(List<ListItem> interestItems) {
        this.words = new AttractionWords(getLocale());
        this.interestItems =
                interestItems.stream().collect(Collectors.toMap(ListItem::id, i -> i, (a, b) -> a, LinkedHashMap::new));
        addClassName("attraction-form");
        configureFields();
        bind();
        layout();
        binder.readBean(model);
    }

    private void configureFields() {
        nameFr.setLabel(getTranslation("attractions.name-fr"));
        nameFr.setMaxLength(AttractionRules.MAX_NAME);
        nameEn.setLabel(getTranslation("attractions.name-en"));
        nameEn.setHelperText(getTranslation("attractions.name-en.help"));
        nameEn.setMaxLength(AttractionRules.MAX_NAME);
        category.setLabel(getTranslation("attractions.category"));
        category.setItems(AttractionCategory.values());
        category.setItemLabelGenerator(c -> c == null ? "" : words.category(c));
        for (var description : List.of(descriptionFr, descriptionEn)) {
            description.setMaxLength(AttractionRules.MAX_DESCRIPTION);
            description.addClassName("attraction-description-field");
        }
        descriptionFr.setLabel(getTranslation("attractions.description-fr"));
        descriptionEn.setLabel(getTranslation("attractions.description-en"));

        address.setLabel(getTranslation("attractions.address"));
        address.setMaxLength(300);
        postalCode.setLabel(getTranslation("attractions.postal-code"));
        postalCode.setMaxLength(10);
        commune.setLabel(getTranslation("attractions.commune"));
        commune.setMaxLength(120);
        latitude.setLabel(getTranslation("attractions.latitude"));
        longitude.setLabel(getTranslation("attractions.longitude"));
        latitude.setHelperText(getTranslation("attractions.coordinates.help"));
        for (var coordinate : List.of(latitude, longitude)) {
            coordinate.setStep(0.000001);
            coordinate.setI18n(new NumberField.NumberFieldI18n()
                    .setBadInputErrorMessage(getTranslation("attractions.number.bad-input"))
                    .setStepErrorMessage(getTranslation("attractions.number.bad-input")));
        }
        driveMinutes.setLabel(getTranslation("attractions.drive.minutes"));
        driveMinutes.setHelperText(getTranslation("attractions.drive.minutes.help"));
        visitMinutes.setLabel(getTranslation("attractions.visit.minutes"));
        minAge.setLabel(getTranslation("attractions.min-age"));
        minAge.setHelperText(getTranslation("attractions.min-age.help"));
        for (var number : List.of(driveMinutes, visitMinutes, minAge)) {
            number.setI18n(new IntegerField.IntegerFieldI18n()
                    .setBadInputErrorMessage(getTranslation("attractions.number.bad-input")));
        }
        priceLevel.setLabel(getTranslation("attractions.price"));
        priceLevel.setItems(PriceLevel.values());
        priceLevel.setEmptySelectionAllowed(true);
        priceLevel.setEmptySelectionCaption(getTranslation("attractions.unknown"));
        priceLevel.setItemLabelGenerator(p -> p == null
                ? getTranslation("attractions.unknown")
                : p.symbol().equals("0") ? words.price(p) : p.symbol() + " · " + words.price(p));

        monthsOpen.setLabel(getTranslation("attractions.months"));
        monthsOpen.setItems(Month.values());
        monthsOpen.setItemLabelGenerator(words::monthShort);
        monthsOpen.addClassName("month-boxes");
        closedDays.setLabel(getTranslation("attractions.closed-days"));
        closedDays.setHelperText(getTranslation("attractions.closed-days.help"));
        closedDays.setItems(DayOfWeek.values());
        closedDays.setItemLabelGenerator(words::dayShort);
        closedDays.addClassName("day-boxes");
        for (var notes : List.of(openingNotesFr, openingNotesEn)) {
            notes.setMaxLength(MAX_NOTES);
        }
        openingNotesFr.setLabel(getTranslation("attractions.opening-notes-fr"));
        openingNotesEn.setLabel(getTranslation("attractions.opening-notes-en"));

        familyFriendly.setLabel(getTranslation("attractions.family"));
        accessible.setLabel(getTranslation("attractions.accessible"));
        indoor.setLabel(getTranslation("attractions.indoor"));
        dogsAllowed.setLabel(getTranslation("attractions.dogs"));
        familyFriendly.addValueChangeListener(e -> {
            if (minAge.getValue() != null || minAge.isInvalid()) {
                binder.validate();
            }
        });

        languages.setLabel(getTranslation("attractions.languages"));
        languages.setItems(languageChoices);
        languages.setItemLabelGenerator(words::language);
        labels.setLabel(getTranslation("attractions.labels"));
        labels.setHelperText(getTranslation("attractions.labels.help"));
        labels.setItems(labelChoices);
        labels.setItemLabelGenerator(words::label);
        labels.setAllowCustomValue(true);
        labels.addCustomValueSetListener(e -> {
            var code = AttractionWords.labelCode(e.getDetail());
            if (code.isEmpty()) {
                return;
            }
            if (!labelChoices.contains(code)) {
                labelChoices.add(code);
                labels.setItems(labelChoices);
            }
            var chosen = new LinkedHashSet<>(labels.getValue());
            chosen.add(code);
            labels.setValue(chosen);
        });
        interests.setLabel(getTranslation("attractions.interests"));
        interests.setItems(this.interestItems.keySet());
        interests.setItemLabelGenerator(id -> this.interestItems.get(id).name(getLocale()));
        interests.addClassName("interest-boxes");
        website.setLabel(getTranslation("attractions.website"));
        website.setPlaceholder("https://");
        website.setMaxLength(500);
        phone.setLabel(getTranslation("attractions.phone"));
        phone.setMaxLength(MAX_PHONE);
        phone.setAllowedCharPattern("[0-9+ ().-]");
    }

    private void bind() {
        binder.forField(nameFr)
                .asRequired(getTranslation("attraction.name.required"))
                .withValidator(v -> !v.isBlank(), getTranslation("attraction.name.required"))
                .bind(m -> m.nameFr, (m, v) -> m.nameFr = v);
        binder.forField(nameEn).bind(m -> m.nameEn, (m, v) -> m.nameEn = v);
        binder.forField(category)
                .asRequired(getTranslation("attractions.category.required"))
                .bind(m -> m.category, (m, v) -> m.category = v);
        binder.forField(descriptionFr).bind(m -> m.descriptionFr, (m, v) -> m.descriptionFr = v);
        binder.forField(descriptionEn).bind(m -> m.descriptionEn, (m, v) -> m.descriptionEn = v);
        binder.forField(address).bind(m -> m.address, (m, v) -> m.address = v);
        binder.forField(postalCode).bind(m -> m.postalCode, (m, v) -> m.postalCode = v);
        binder.forField(commune).bind(m -> m.commune, (m, v) -> m.commune = v);
        binder.forField(latitude)
                .asRequired(getTranslation("attractions.coordinates.required"))
                .withValidator(v -> v >= -90 && v <= 90, getTranslation("attraction.latitude.range"))
                .withValidator(
                        v -> v != 0 || longitude.getValue() == null || longitude.getValue() != 0,
                        getTranslation("attraction.latitude.range"))
                .bind(m -> m.latitude, (m, v) -> m.latitude = v);
        binder.forField(longitude)
                .asRequired(getTranslation("attractions.coordinates.required"))
                .withValidator(v -> v >= -180 && v <= 180, getTranslation("attraction.longitude.range"))
                .bind(m -> m.longitude, (m, v) -> m.longitude = v);
        binder.forField(driveMinutes)
                .withValidator(v -> v == null || v >= 0 && v <= 600, getTranslation("attraction.drive.range"))
                .bind(m -> m.driveMinutes, (m, v) -> m.driveMinutes = v);
        binder.forField(visitMinutes)
                .withValidator(v -> v == null || v >= 1 && v <= 24 * 60, getTranslation("attraction.visit.range"))
                .bind(m -> m.visitMinutes, (m, v) -> m.visitMinutes = v);
        binder.forField(priceLevel).bind(m -> m.priceLevel, (m, v) -> m.priceLevel = v);
        binder.forField(monthsOpen)
                .withValidator(v -> !v.isEmpty(), getTranslation("attraction.months.required"))
                .bind(m -> m.monthsOpen, (m, v) -> m.monthsOpen = Set.copyOf(v));
        binder.forField(closedDays)
                .withValidator(v -> v.size() < DayOfWeek.values().length, getTranslation("attraction.closed-days.all"))
                .bind(m -> m.closedDays, (m, v) -> m.closedDays = Set.copyOf(v));
        binder.forField(openingNotesFr).bind(m -> m.openingNotesFr, (m, v) -> m.openingNotesFr = v);
        binder.forField(openingNotesEn).bind(m -> m.openingNotesEn, (m, v) -> m.openingNotesEn = v);
        binder.forField(familyFriendly).bind(m -> m.familyFriendly, (m, v) -> m.familyFriendly = v);
        binder.forField(minAge)
                .withValidator(
                        v -> v == null || familyFriendly.getValue(), getTranslation("attractions.min-age.family-only"))
                .withValidator(v -> v == null || v >= 0 && v <= 18, getTranslation("attraction.min-age.range"))
                .bind(m -> m.minAge, (m, v) -> m.minAge = v);
        binder.forField(accessible).bind(m -> m.accessible, (m, v) -> m.accessible = v);
        binder.forField(indoor).bind(m -> m.indoor, (m, v) -> m.indoor = v);
        binder.forField(dogsAllowed).bind(m -> m.dogsAllowed, (m, v) -> m.dogsAllowed = v);
        binder.forField(languages).bind(m -> m.languages, (m, v) -> m.languages = Set.copyOf(v));
        binder.forField(labels).bind(m -> m.labels, (m, v) -> m.labels = Set.copyOf(v));
        binder.forField(interests).bind(m -> m.interestIds, (m, v) -> m.interestIds = Set.copyOf(v));
        binder.forField(website)
                .withValidator(
                        v -> v.isBlank() || AttractionRules.isWebAddress(v.strip()),
                        getTranslation("attraction.website.invalid"))
                .bind(m -> m.website, (m, v) -> m.website = v);
        binder.forField(phone).bind(m -> m.phone, (m, v) -> m.phone = v);
    }

    private void layout() {
        var form = getContent();
        // four narrow columns on a desk screen, two on a portrait tablet, one on a phone
        form.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("52em", 4));
        section("attractions.section.what");
        add(nameFr, 2);
        add(nameEn, 2);
        add(category, 2);
        add(priceLevel, 1);
        add(visitMinutes, 1);
        add(descriptionFr, 2);
        add(descriptionEn, 2);
        section("attractions.section.where");
        add(address, 2);
        add(postalCode, 1);
        add(commune, 1);
        add(latitude, 1);
        add(longitude, 1);
        add(driveMinutes, 2);
        section("attractions.section.when");
        add(monthsOpen, 4);
        add(closedDays, 4);
        add(openingNotesFr, 2);
        add(openingNotesEn, 2);
        section("attractions.section.who");
        var needs = new Div(familyFriendly, accessible, indoor, dogsAllowed);
        needs.addClassName("attraction-form-needs");
        add(needs, 3);
        add(minAge, 1);
        add(languages, 2);
        add(labels, 2);
        add(interests, 4);
        section("attractions.section.contact");
        add(website, 2);
        add(phone, 2);
    }

    private void section(String key) {
        var heading = new H3(getTranslation(key));
        heading.addClassName("form-section");
        add(heading, 4);
    }

    private void add(Component component, int colspan) {
        getContent().add(component);
        getContent().setColspan(component, colspan);
    }

    /** Fills the form with an attraction to change (or a blank one). */
    void setDraft(AttractionDraft draft) {
        model = new Model();
        model.id = draft.id();
        model.version = draft.version();
        model.slug = draft.slug();
        model.nameFr = draft.nameFr();
        model.nameEn = draft.nameEn().equals(draft.nameFr()) ? "" : draft.nameEn();
        model.descriptionFr = orEmpty(draft.descriptionFr());
        model.descriptionEn = orEmpty(draft.descriptionEn());
        model.category = draft.category();
        model.interestIds = draft.interestIds();
        model.address = orEmpty(draft.address());
        model.postalCode = orEmpty(draft.postalCode());
        model.commune = orEmpty(draft.commune());
        model.latitude = draft.latitude();
        model.longitude = draft.longitude();
        model.driveMinutes = draft.driveMinutes();
        model.visitMinutes = draft.visitMinutes();
        model.priceLevel = draft.priceLevel();
        model.monthsOpen = draft.monthsOpen();
        model.closedDays = draft.closedDays();
        model.openingNotesFr = orEmpty(draft.openingNotesFr());
        model.openingNotesEn = orEmpty(draft.openingNotesEn());
        model.familyFriendly = draft.familyFriendly();
        model.minAge = draft.minAge();
        model.accessible = draft.accessible();
        model.indoor = draft.indoor();
        model.dogsAllowed = draft.dogsAllowed();
        model.languages = draft.languages();
        model.labels = draft.labels();
        model.website = orEmpty(draft.website());
        model.phone = orEmpty(draft.phone());
        model.source = draft.source();
        model.sourceUri = draft.sourceUri();
        model.sourceDate = draft.sourceDate();
        model.active = draft.active();
        // an imported record may hold languages or labels we do not list: keep them on offer
        addChoices(languages, languageChoices, draft.languages());
        addChoices(labels, labelChoices, draft.labels());
        binder.readBean(model);
    }

    private static void addChoices(MultiSelectComboBox<String> field, List<String> choices, Set<String> present) {
        var missing =
                present.stream().filter(v -> !choices.contains(v)).sorted().toList();
        if (!missing.isEmpty()) {
            choices.addAll(missing);
            field.setItems(choices);
        }
    }

    /** The draft when every field is valid; otherwise each wrong field says why and keeps its value. */
    Optional<AttractionDraft> draft() {
        if (!binder.writeBeanIfValid(model)) {
            binder.validate();
            return Optional.empty();
        }
        var m = model;
        return Optional.of(new AttractionDraft(
                m.id,
                m.version,
                m.slug,
                m.nameFr.strip(),
                m.nameEn.strip(),
                blankToNull(m.descriptionFr),
                blankToNull(m.descriptionEn),
                Objects.requireNonNull(m.category),
                new HashSet<>(m.interestIds),
                blankToNull(m.address),
                blankToNull(m.postalCode),
                blankToNull(m.commune),
                Objects.requireNonNull(m.latitude),
                Objects.requireNonNull(m.longitude),
                m.driveMinutes,
                m.visitMinutes,
                m.priceLevel,
                m.monthsOpen,
                m.closedDays,
                blankToNull(m.openingNotesFr),
                blankToNull(m.openingNotesEn),
                m.familyFriendly,
                m.familyFriendly ? m.minAge : null,
                m.accessible,
                m.indoor,
                m.dogsAllowed,
                m.languages,
                m.labels,
                blankToNull(m.website),
                blankToNull(m.phone),
                m.source,
                m.sourceUri,
                m.sourceDate,
                m.active));
    }

    /** Shows the service's refusals next to their fields; returns whether each found its field. */
    boolean showErrors(Map<String, String> fieldErrors) {
        var fields = Map.<String, HasValidation>ofEntries(
                Map.entry("nameFr", nameFr),
                Map.entry("nameEn", nameEn),
                Map.entry("descriptionFr", descriptionFr),
                Map.entry("descriptionEn", descriptionEn),
                Map.entry("category", category),
                Map.entry("latitude", latitude),
                Map.entry("longitude", longitude),
                Map.entry("driveMinutes", driveMinutes),
                Map.entry("visitMinutes", visitMinutes),
                Map.entry("monthsOpen", monthsOpen),
                Map.entry("closedDays", closedDays),
                Map.entry("minAge", minAge),
                Map.entry("website", website),
                Map.entry("phone", phone),
                Map.entry("address", address),
                Map.entry("commune", commune));
        var allShown = true;
        for (var error : fieldErrors.entrySet()) {
            var field = fields.get(error.getKey());
            if (field == null) {
                allShown = false;
                continue;
            }
            field.setErrorMessage(getTranslation(error.getValue()));
            field.setInvalid(true);
        }
        return allShown;
    }

    boolean isNew() {
        return model.id == null;
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static @Nullable String blankToNull(String value) {
        return value.isBlank() ? null : value.strip();
    }
}
