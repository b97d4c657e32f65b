package org.comptoir.visit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import java.util.Locale;
import org.comptoir.ViewTest;
import org.comptoir.reference.Country;
import org.comptoir.security.AppRoles;
import org.comptoir.visit.Channel;
import org.comptoir.visit.InteractionDetails;
import org.comptoir.visit.StayLength;
import org.comptoir.visit.VisitService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The desk, used as a counsellor would, in French and in English.
 */
@WithMockUser(username = "counsellor", roles = AppRoles.COUNSELLOR)
class DeskViewTest extends ViewTest {

    @Autowired
    VisitService visits;

    @Test
    void the_form_starts_empty_with_one_adult_at_the_desk_channel() {
        var view = navigate(DeskView.class);
        var form = view.form;
        assertThat(form.country.getValue()).isNull();
        assertThat(form.adults.getValue()).isOne();
        assertThat(form.children.getValue()).isZero();
        assertThat(form.channel.getSingle()).isEqualTo(Channel.DESK);
        assertThat(form.country.getLabel()).isEqualTo("Provenance");
        assertThat(view.save.getText()).isEqualTo("Enregistrer");
    }

    @Test
    void the_one_choice_groups_are_radio_groups_for_screen_readers() {
        var form = navigate(DeskView.class).form;

        assertThat(form.channel.group().getAttribute("role")).isEqualTo("radiogroup");
        assertThat(form.channel.group().getAttribute("aria-label")).isEqualTo("Canal");
        assertThat(form.stayLength.group().getAttribute("aria-label")).isEqualTo("Durée du séjour");
        assertThat(form.channel.buttons())
                .allSatisfy(b -> assertThat(b.getElement().getAttribute("role")).isEqualTo("radio"))
                .allSatisfy(b ->
                        assertThat(b.getElement().hasAttribute("aria-pressed")).isFalse());
        assertThat(form.channel.button(Channel.DESK).getElement().getAttribute("aria-checked"))
                .isEqualTo("true");
        test(form.channel.button(Channel.PHONE)).click();
        assertThat(form.channel.button(Channel.PHONE).getElement().getAttribute("aria-checked"))
                .isEqualTo("true");
        assertThat(form.channel.button(Channel.DESK).getElement().getAttribute("aria-checked"))
                .isEqualTo("false");
        assertThat(form.interests.group().getAttribute("role"))
                .as("several choices: toggle buttons")
                .isEqualTo("group");
        assertThat(form.interests.buttons().getFirst().getElement().getAttribute("aria-pressed"))
                .isEqualTo("false");
    }

    @Test
    void in_english_the_radio_groups_are_named_in_english() {
        useLocale(Locale.ENGLISH);
        var form = navigate(DeskView.class).form;

        assertThat(form.channel.group().getAttribute("aria-label")).isEqualTo("Channel");
        assertThat(form.stayLength.group().getAttribute("aria-label")).isEqualTo("Length of stay");
        assertThat(form.stayLength.group().getAttribute("role")).isEqualTo("radiogroup");
    }

    @Test
    void a_counsellor_logs_a_visit_and_sees_it_at_once_in_todays_list_and_counters() {
        var view = navigate(DeskView.class);
        var before = visits.todayCounters(visits.defaultDeskId());
        var form = view.form;

        test(form.country).selectItem("Allemagne");
        test(form.adults).setValue(2);
        test(form.stayLength.button(StayLength.TWO_THREE_NIGHTS)).click();
        test(form.interests.buttons().get(0)).click();
        test(form.interests.buttons().get(1)).click();
        test(view.save).click();

        assertThat(notifications()).anySatisfy(text -> assertThat(text).isEqualTo("Enregistré — Allemagne, 2 pers."));
        var after = visits.todayCounters(visits.defaultDeskId());
        assertThat(after.interactions()).isEqualTo(before.interactions() + 1);
        assertThat(after.visitors()).isEqualTo(before.visitors() + 2);
        assertThat(view.counters.getText()).startsWith(after.interactions() + " contacts · " + after.visitors());
        assertThat(test(view.today).getCellText(0, 1)).isEqualTo("Allemagne");
        assertThat(test(view.today).getCellText(0, 2)).isEqualTo("2");
        assertThat(form.country.getValue())
                .as("the form is clear for the next visitor")
                .isNull();
        assertThat(form.adults.getValue()).isOne();
        assertThat(form.interests.getValue()).isEmpty();
    }

    @Test
    void enter_on_a_code_or_the_start_of_a_name_picks_the_country() {
        var form = navigate(DeskView.class).form;
        typeAndEnter(form.country, "de");
        assertThat(form.country.getValue().code()).isEqualTo("DE");
        typeAndEnter(form.country, "royaume");
        assertThat(form.country.getValue().code()).isEqualTo("GB");
        typeAndEnter(form.country, "pays-bas");
        assertThat(form.country.getValue().code()).isEqualTo("NL");
        typeAndEnter(form.country, "switz");
        assertThat(form.country.getValue().code()).isEqualTo("CH");
    }

    @Test
    void france_comes_first_and_a_postal_code_fills_in_the_departement() {
        var form = navigate(DeskView.class).form;
        assertThat(test(form.country).getSuggestionItems().getFirst())
                .extracting(Country::code)
                .isEqualTo("FR");
        assertThat(form.departement.isVisible()).isFalse();

        test(form.country).selectItem("France");
        assertThat(form.departement.isVisible()).isTrue();
        test(form.postalCode).setValue("63000");
        assertThat(form.departement.getValue().code()).isEqualTo("63");
        test(form.postalCode).setValue("20090");
        assertThat(form.departement.getValue().code()).isEqualTo("2A");
    }

    @Test
    void a_party_of_nobody_is_refused_next_to_the_field_and_nothing_typed_is_lost() {
        var view = navigate(DeskView.class);
        var form = view.form;
        var before = visits.todayCounters(visits.defaultDeskId()).interactions();
        test(form.country).selectItem("Belgique");
        test(form.adults).setValue(0);
        test(form.children).setValue(0);
        test(view.save).click();

        assertThat(form.adults.isInvalid()).isTrue();
        assertThat(form.adults.getErrorMessage()).isEqualTo("Au moins une personne.");
        assertThat(form.country.getValue().code()).isEqualTo("BE");
        assertThat(visits.todayCounters(visits.defaultDeskId()).interactions()).isEqualTo(before);
    }

    @Test
    void same_as_last_refills_the_previous_visitors_profile() {
        var view = navigate(DeskView.class);
        test(view.form.country).selectItem("Pays-Bas");
        test(view.form.adults).setValue(4);
        test(view.form.stayLength.button(StayLength.ONE_NIGHT)).click();
        test(view.save).click();

        test(view.sameAsLast).click();
        assertThat(view.form.country.getValue().code()).isEqualTo("NL");
        assertThat(view.form.adults.getValue()).isEqualTo(4);
        assertThat(view.form.stayLength.getSingle()).isEqualTo(StayLength.ONE_NIGHT);
    }

    @Test
    void a_quick_count_is_saved_in_one_click_and_can_be_undone() {
        var view = navigate(DeskView.class);
        var desk = visits.defaultDeskId();
        var before = visits.todayCounters(desk);
        test(view.quickButtonsByLabel().get("Météo")).click();

        var during = visits.todayCounters(desk);
        assertThat(during.quickCounts()).isEqualTo(before.quickCounts() + 1);
        var notification = $(Notification.class).last();
        assertThat(find(Span.class, notification).all())
                .extracting(Span::getText)
                .contains("Compté : Météo");
        var undo = find(Button.class, notification).all().stream()
                .filter(b -> b.getText().equals("Annuler"))
                .findFirst()
                .orElseThrow();
        test(undo).click();
        assertThat(visits.todayCounters(desk)).isEqualTo(before);
    }

    @Test
    void a_counsellor_deletes_their_own_interaction_after_confirming() {
        var view = navigate(DeskView.class);
        test(view.form.country).selectItem("Espagne");
        test(view.save).click();
        var mine = newest();
        assertThat(mine.country()).isEqualTo("ES");

        rowButton(view, "Supprimer");
        var confirm = $(ConfirmDialog.class).single();
        test(confirm).confirm();
        assertThat(visits.find(mine.id())).isEmpty();
    }

    @Test
    void the_edit_button_opens_the_interaction_and_saving_returns_to_the_desk() {
        var view = navigate(DeskView.class);
        test(view.form.country).selectItem("Italie");
        test(view.save).click();
        var mine = newest();

        rowButton(view, "Modifier");
        var edit = (InteractionEditView) getCurrentView();
        assertThat(edit.form.country.getValue().code()).isEqualTo("IT");
        test(edit.form.adults).setValue(3);
        test(edit.save).click();

        assertThat(getCurrentView())
                .as(
                        "status: %s %s %s %s",
                        edit.status.getText(),
                        edit.form.occurredAt.isInvalid(),
                        edit.form.occurredAt.getErrorMessage(),
                        edit.form.occurredAt.getValue())
                .isInstanceOf(DeskView.class);
        assertThat(visits.find(mine.id()).orElseThrow().adults()).isEqualTo(3);
    }

    @Test
    void the_desk_speaks_english_when_asked() {
        useLocale(Locale.ENGLISH);
        var view = navigate(DeskView.class);
        assertThat(view.save.getText()).isEqualTo("Save");
        assertThat(view.form.country.getLabel()).isEqualTo("Origin");
        assertThat(view.form.stayLength.button(StayLength.TWO_THREE_NIGHTS).getText())
                .isEqualTo("2–3 nights");
        test(view.form.country).selectItem("Germany");
        test(view.form.adults).setValue(0);
        test(view.form.children).setValue(0);
        test(view.save).click();
        assertThat(view.form.adults.getErrorMessage()).isEqualTo("At least one person.");
    }

    @Test
    void suggestions_follow_the_profile_and_a_pick_is_saved_with_the_interaction() {
        var view = navigate(DeskView.class);
        var panel = view.suggestions;
        assertThat(panel.shown()).hasSize(10);
        test(view.form.interests.buttons().get(0)).click();
        test(view.form.stayLength.button(StayLength.DAY_TRIP)).click();
        var first = panel.shown().getFirst();
        assertThat(first.reasons().getFirst().key()).isEqualTo("suggestion.reason.interests");

        test(panel.pickButton(0)).click();
        assertThat(panel.picks()).containsExactly(first.attraction().id());
        assertThat(panel.shown())
                .extracting(s -> s.attraction().id())
                .doesNotContain(first.attraction().id());
        test(view.form.country).selectItem("Belgique");
        test(view.save).click();

        var saved = newest();
        assertThat(saved.pickIds()).containsExactly(first.attraction().id());
        assertThat(test(view.today).getCellText(0, 3))
                .contains("★ " + first.attraction().nameFr());
        assertThat(panel.picks()).as("the next visitor starts without picks").isEmpty();
    }

    @Test
    void the_rainy_day_switch_puts_indoor_places_first() {
        var view = navigate(DeskView.class);
        test(view.suggestions.rainySwitch()).click();
        assertThat(view.suggestions.shown().getFirst().attraction().indoor()).isTrue();
    }

    private InteractionDetails newest() {
        return visits.today(visits.defaultDeskId(), PageRequest.of(0, 1))
                .getContent()
                .getFirst();
    }

    private void rowButton(DeskView view, String label) {
        var button = test(view.today)
                .getCellComponent(0, 5)
                .getChildren()
                .filter(Button.class::isInstance)
                .map(Button.class::cast)
                .filter(b -> b.getAriaLabel().orElse("").equals(label))
                .findFirst()
                .orElseThrow();
        test(button).click();
    }

    private static void typeAndEnter(ComboBox<Country> combo, String typed) {
        ComponentUtil.fireEvent(combo, new ComboBox.CustomValueSetEvent<>(combo, true, typed));
    }
}
