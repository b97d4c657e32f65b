package org.comptoir.visit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.comptoir.base.ui.Toggles;
import org.comptoir.reference.Countries;
import org.comptoir.reference.Country;
import org.comptoir.reference.Departement;
import org.comptoir.reference.Departements;
import org.comptoir.reference.ListItem;
import org.comptoir.reference.Text;
import org.comptoir.suggestion.VisitorProfile;
import org.comptoir.visit.Accommodation;
import org.comptoir.visit.Channel;
import org.comptoir.visit.ConversationLanguage;
import org.comptoir.visit.InteractionDraft;
import org.comptoir.visit.InteractionProfile;
import org.comptoir.visit.Outcome;
import org.comptoir.visit.PartyType;
import org.comptoir.visit.Purpose;
import org.comptoir.visit.StayLength;
import org.comptoir.visit.VisitorType;
import org.jspecify.annotations.Nullable;

/**
 * The interaction form, built for speed: the origin first, then the party, the length of stay, the
 * interests and the questions, each reachable with Tab, and the choices with digits or Space. The
 * rest (visitor type, language, accommodation, outcome, note, late entry) waits in "More details".
 * Hands back a draft only when every field is valid; never clears what was typed on an error.
 */
class InteractionForm extends Composite<Div> {

    /** The form's editable state. */
    static final class Model {
        @Nullable
        Long id;

        long version;

        @Nullable
        Long deskId;

        Set<Channel> channel = Set.of(Channel.DESK);

        @Nullable
        Country country;

        @Nullable
        Departement departement;

        @Nullable
        Integer adults = 1;

        @Nullable
        Integer children = 0;

        @Nullable
        PartyType partyType;

        @Nullable
        VisitorType visitorType;

        @Nullable
        ConversationLanguage language;

        Set<StayLength> stayLength = Set.of();

        @Nullable
        Accommodation accommodation;

        @Nullable
        Purpose purpose;

        Set<Long> interests = Set.of();
        Set<Long> questions = Set.of();
        Set<Outcome> outcomes = Set.of();
        String note = "";

        @Nullable
        LocalDateTime occurredAt;

        boolean quick;
        List<Long> picks = List.of();
    }

    final Toggles<Channel> channel = Toggles.single();
    final ComboBox<Country> country = new ComboBox<>();
    final TextField postalCode = new TextField();
    final ComboBox<Departement> departement = new ComboBox<>();
    final IntegerField adults = new IntegerField();
    final IntegerField children = new IntegerField();
    final Toggles<StayLength> stayLength = Toggles.single();
    final Toggles<Long> interests = Toggles.multiple();
    final Toggles<Long> questions = Toggles.multiple();
    final Select<PartyType> partyType = new Select<>();
    final Select<VisitorType> visitorType = new Select<>();
    final Select<ConversationLanguage> language = new Select<>();
    final Select<Accommodation> accommodation = new Select<>();
    final Select<Purpose> purpose = new Select<>();
    final Toggles<Outcome> outcomes = Toggles.multiple();
    final TextArea note = new TextArea();
    final DateTimePicker occurredAt = new DateTimePicker();
    final Details more = new Details();

    private final Binder<Model> binder = new Binder<>();
    private final Countries countries;
    private final Departements departements;
    /** Now at the office (its time zone, not the server's). */
    private final Supplier<LocalDateTime> officeNow;

    private Model model = new Model();

    InteractionForm(
            Countries countries,
            Departements departements,
            List<String> frequentCountries,
            List<ListItem> interestItems,
            List<ListItem> questionItems,
            Supplier<LocalDateTime> officeNow) {
        this.officeNow = officeNow;
        this.countries = countries;
        this.departements = departements;
        var locale = getLocale();
        addClassName("interaction-form");

        channel.setLabel(getTranslation("desk.channel"));
        channel.setItems(Arrays.asList(Channel.values()), c -> getTranslation("Channel." + c.name()));
        channel.addClassName("channel-toggles");

        country.setLabel(getTranslation("desk.country"));
        country.setPlaceholder(getTranslation("desk.country.placeholder"));
        country.setItems(countries::matches, countries.deskOrder(frequentCountries, locale));
        country.setItemLabelGenerator(c -> c.name(locale));
        country.setClearButtonVisible(true);
        country.setAllowCustomValue(true);
        // Enter on what was typed ("allem", "uk", "de") takes the best match, without waiting for the list.
        country.addCustomValueSetListener(
                e -> bestCountry(e.getDetail(), frequentCountries).ifPresent(country::setValue));
        country.addValueChangeListener(e -> showDepartement(e.getValue()));
        country.addClassName("country-field");
        // After Enter in the country field, the party is next.
        country.getElement().executeJs("""
                const combo = this;
                combo.addEventListener('keydown', e => {
                  if (e.key === 'Enter' && !e.ctrlKey && combo.inputElement && combo.inputElement.value) {
                    $0.focus(); // at once: the next key press must land in the party field
                  }
                });""", adults.getElement());

        postalCode.setLabel(getTranslation("desk.postal-code"));
        postalCode.setMaxLength(5);
        postalCode.setAllowedCharPattern("[0-9]");
        postalCode.setValueChangeMode(ValueChangeMode.EAGER);
        postalCode.addValueChangeListener(
                e -> departements.fromPostalCode(e.getValue()).ifPresent(departement::setValue));
        postalCode.setWidth("7em");
        departement.setLabel(getTranslation("desk.departement"));
        departement.setItems((d, typed) -> Text.fold(d.label()).contains(Text.fold(typed)), departements.all());
        departement.setItemLabelGenerator(Departement::label);
        departement.setClearButtonVisible(true);

        adults.setLabel(getTranslation("desk.adults"));
        children.setLabel(getTranslation("desk.children"));
        for (var field : List.of(adults, children)) {
            field.setStepButtonsVisible(true);
            field.setMin(0);
            field.setMax(InteractionDraft.MAX_PARTY);
            field.setAutoselect(true);
            field.setWidth("8.5em");
        }

        stayLength.setLabel(getTranslation("desk.stay-length"));
        stayLength.setItems(Arrays.asList(StayLength.values()), s -> getTranslation("StayLength." + s.name()));
        stayLength.advanceTo(interests);
        interests.setLabel(getTranslation("desk.interests"));
        interests.setItems(interestItems.stream().map(ListItem::id).toList(), labels(interestItems));
        questions.setLabel(getTranslation("desk.questions"));
        questions.setItems(questionItems.stream().map(ListItem::id).toList(), labels(questionItems));

        partyType.setLabel(getTranslation("desk.party-type"));
        enumSelect(partyType, PartyType.values(), "PartyType.");
        visitorType.setLabel(getTranslation("desk.visitor-type"));
        enumSelect(visitorType, VisitorType.values(), "VisitorType.");
        language.setLabel(getTranslation("desk.language"));
        enumSelect(language, ConversationLanguage.values(), "ConversationLanguage.");
        accommodation.setLabel(getTranslation("desk.accommodation"));
        enumSelect(accommodation, Accommodation.values(), "Accommodation.");
        purpose.setLabel(getTranslation("desk.purpose"));
        enumSelect(purpose, Purpose.values(), "Purpose.");
        outcomes.setLabel(getTranslation("desk.outcomes"));
        outcomes.setItems(Arrays.asList(Outcome.values()), o -> getTranslation("Outcome." + o.name()));
        note.setLabel(getTranslation("desk.note"));
        note.setHelperText(getTranslation("desk.note.help"));
        note.setMaxLength(InteractionDraft.MAX_NOTE);
        note.setValueChangeMode(ValueChangeMode.LAZY);
        occurredAt.setLabel(getTranslation("desk.occurred-at"));
        occurredAt.setHelperText(getTranslation("desk.occurred-at.help"));
        occurredAt.setMax(officeNow.get().plusDays(1));
        occurredAt.setLocale(locale);

        bind();
        layout();
        setDraft(InteractionDraft.blank());
    }

    private void bind() {
        binder.forField(channel)
                .withValidator(value -> !value.isEmpty(), getTranslation("desk.channel.required"))
                .bind(m -> m.channel, (m, v) -> m.channel = v);
        binder.forField(country).bind(m -> m.country, (m, v) -> m.country = v);
        binder.forField(departement).bind(m -> m.departement, (m, v) -> m.departement = v);
        binder.forField(adults)
                .asRequired(getTranslation("interaction.party.range"))
                .withValidator(
                        v -> v >= 0 && v <= InteractionDraft.MAX_PARTY, getTranslation("interaction.party.range"))
                .withValidator(v -> v + valueOr(children.getValue()) >= 1, getTranslation("interaction.party.empty"))
                .bind(m -> m.adults, (m, v) -> m.adults = v);
        binder.forField(children)
                .asRequired(getTranslation("interaction.party.range"))
                .withValidator(
                        v -> v >= 0 && v <= InteractionDraft.MAX_PARTY, getTranslation("interaction.party.range"))
                .bind(m -> m.children, (m, v) -> m.children = v);
        children.addValueChangeListener(e -> {
            if (adults.isInvalid()) {
                binder.validate();
            }
        });
        binder.forField(stayLength).bind(m -> m.stayLength, (m, v) -> m.stayLength = v);
        binder.forField(interests).bind(m -> m.interests, (m, v) -> m.interests = v);
        binder.forField(questions).bind(m -> m.questions, (m, v) -> m.questions = v);
        binder.forField(partyType).bind(m -> m.partyType, (m, v) -> m.partyType = v);
        binder.forField(visitorType).bind(m -> m.visitorType, (m, v) -> m.visitorType = v);
        binder.forField(language).bind(m -> m.language, (m, v) -> m.language = v);
        binder.forField(accommodation).bind(m -> m.accommodation, (m, v) -> m.accommodation = v);
        binder.forField(purpose).bind(m -> m.purpose, (m, v) -> m.purpose = v);
        binder.forField(outcomes).bind(m -> m.outcomes, (m, v) -> m.outcomes = v);
        binder.forField(note)
                .withValidator(
                        v -> v.strip().length() <= InteractionDraft.MAX_NOTE,
                        getTranslation("interaction.note.too-long"))
                .bind(m -> m.note, (m, v) -> m.note = v);
        binder.forField(occurredAt)
                .withValidator(
                        v -> v == null || !v.isAfter(officeNow.get().plusMinutes(1)),
                        getTranslation("interaction.date.future"))
                .bind(m -> m.occurredAt, (m, v) -> m.occurredAt = v);
    }

    private void layout() {
        var origin = row("form-row origin-row", country, postalCode, departement);
        var party = row("form-row party-row", adults, children);
        var details = row("form-row details-grid", partyType, visitorType, language, accommodation, purpose);
        var moreContent = new Div(details, outcomes, note, occurredAt);
        moreContent.addClassName("more-content");
        more.setSummaryText(getTranslation("desk.more"));
        more.add(moreContent);
        more.addClassName("more-details");
        getContent().add(channel, origin, party, stayLength, interests, questions, more);
    }

    private static Div row(String classNames, Component... fields) {
        var row = new Div(fields);
        for (var name : classNames.split(" ")) {
            row.addClassName(name);
        }
        return row;
    }

    /** Fills the form with a draft (blank, "same as last", or an interaction to edit). */
    void setDraft(InteractionDraft draft) {
        var profile = draft.profile();
        model = new Model();
        model.id = draft.id();
        model.version = draft.version();
        model.deskId = draft.deskId();
        model.channel = Set.of(draft.channel());
        model.country = profile.country() == null
                ? null
                : countries.find(profile.country()).orElse(null);
        model.departement = profile.departement() == null
                ? null
                : departements.find(profile.departement()).orElse(null);
        model.adults = profile.adults();
        model.children = profile.children();
        model.partyType = profile.partyType();
        model.visitorType = profile.visitorType();
        model.language = profile.language();
        model.stayLength = profile.stayLength() == null ? Set.of() : Set.of(profile.stayLength());
        model.accommodation = profile.accommodation();
        model.purpose = profile.purpose();
        model.interests = profile.interestIds();
        model.questions = profile.questionIds();
        model.outcomes = profile.outcomes();
        model.note = draft.note() == null ? "" : draft.note();
        model.occurredAt = draft.id() == null ? null : draft.occurredAt();
        model.quick = draft.quick();
        model.picks = draft.pickIds();
        binder.readBean(model);
        postalCode.clear();
        showDepartement(model.country);
    }

    /** The draft when every field is valid; otherwise each wrong field says why and keeps its value. */
    Optional<InteractionDraft> draft() {
        if (!binder.writeBeanIfValid(model)) {
            binder.validate();
            return Optional.empty();
        }
        var m = model;
        var profile = new InteractionProfile(
                valueOr(m.adults),
                valueOr(m.children),
                m.partyType,
                m.visitorType,
                m.country == null ? null : m.country.code(),
                m.country != null && m.country.isFrance() && m.departement != null ? m.departement.code() : null,
                m.language,
                m.stayLength.isEmpty() ? null : m.stayLength.iterator().next(),
                m.accommodation,
                m.purpose,
                m.interests,
                m.questions,
                m.outcomes);
        return Optional.of(new InteractionDraft(
                m.id,
                m.version,
                m.occurredAt,
                m.deskId,
                m.channel.iterator().next(),
                profile,
                m.note.isBlank() ? null : m.note,
                m.quick,
                m.picks));
    }

    /** Shows the service's refusals next to their fields. */
    void showErrors(Map<String, String> fieldErrors) {
        fieldErrors.forEach((field, key) -> {
            HasValidation target = switch (field) {
                case "adults" -> adults;
                case "children" -> children;
                case "note" -> note;
                case "occurredAt" -> occurredAt;
                case "country" -> country;
                case "departement" -> departement;
                case "questions" -> questions;
                default -> null;
            };
            if (target != null) {
                target.setErrorMessage(getTranslation(key));
                target.setInvalid(true);
                if (target == note || target == occurredAt) {
                    more.setOpened(true);
                }
            }
        });
    }

    /** The suggestions picked for this visitor (kept with the interaction). */
    List<Long> picks() {
        return model.picks;
    }

    void setPicks(List<Long> picks) {
        model.picks = List.copyOf(picks);
    }

    /** Calls back whenever a field that shapes the suggestions changes. */
    void addProfileListener(Runnable listener) {
        country.addValueChangeListener(e -> listener.run());
        adults.addValueChangeListener(e -> listener.run());
        children.addValueChangeListener(e -> listener.run());
        stayLength.addValueChangeListener(e -> listener.run());
        interests.addValueChangeListener(e -> listener.run());
        language.addValueChangeListener(e -> listener.run());
        occurredAt.addValueChangeListener(e -> listener.run());
    }

    /** What the suggestion engine needs to know of the visitor, from what is typed so far. */
    VisitorProfile profile() {
        var stay = stayLength.getSingle();
        Integer budget = stay == null ? null : stay == StayLength.PASSING_THROUGH ? 180 : 600;
        var spoken = language.getValue();
        var languageCode = spoken == null || spoken == ConversationLanguage.OTHER
                ? null
                : spoken.name().toLowerCase(Locale.ROOT);
        var day = occurredAt.getValue() == null
                ? officeNow.get().toLocalDate()
                : occurredAt.getValue().toLocalDate();
        return new VisitorProfile(
                interests.getValue(),
                budget,
                valueOr(children.getValue()),
                null,
                false,
                day,
                false,
                languageCode,
                Set.copyOf(model.picks));
    }

    boolean isEditing() {
        return model.id != null;
    }

    void focusFirst() {
        country.focus();
    }

    private void showDepartement(@Nullable Country value) {
        var france = value != null && value.isFrance();
        postalCode.setVisible(france);
        departement.setVisible(france);
        if (!france) {
            departement.clear();
            postalCode.clear();
        }
    }

    private Optional<Country> bestCountry(String typed, List<String> frequent) {
        var folded = Text.fold(typed);
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        var locale = getLocale();
        return countries.deskOrder(frequent, locale).stream()
                .filter(c -> countries.matches(c, typed))
                .min(Comparator.comparingInt(c -> rank(c, folded)));
    }

    /** Exact code, then exact name, then a name that starts with what was typed, then the rest in desk order. */
    private static int rank(Country country, String folded) {
        if (folded.equalsIgnoreCase(country.code())) {
            return 0;
        }
        var fr = Text.fold(country.nameFr());
        var en = Text.fold(country.nameEn());
        if (fr.equals(folded) || en.equals(folded)) {
            return 1;
        }
        if (fr.startsWith(folded) || en.startsWith(folded)) {
            return 2;
        }
        return 3;
    }

    private Function<Long, String> labels(List<ListItem> items) {
        var locale = getLocale();
        var names = new HashMap<Long, String>();
        items.forEach(item -> names.put(item.id(), item.name(locale)));
        return id -> names.getOrDefault(id, "?");
    }

    private <E extends Enum<E>> void enumSelect(Select<E> select, E[] values, String prefix) {
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption("—");
        select.setItemLabelGenerator(value -> value == null ? "—" : getTranslation(prefix + value.name()));
    }

    private static int valueOr(@Nullable Integer value) {
        return value == null ? 0 : value;
    }
}
