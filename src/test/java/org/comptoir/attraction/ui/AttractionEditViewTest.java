package org.comptoir.attraction.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.time.DayOfWeek;
import java.time.Month;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.comptoir.ViewTest;
import org.comptoir.attraction.AttractionCategory;
import org.comptoir.attraction.AttractionDetails;
import org.comptoir.attraction.AttractionDraft;
import org.comptoir.attraction.AttractionDrafts;
import org.comptoir.attraction.AttractionFilter;
import org.comptoir.attraction.AttractionRules;
import org.comptoir.attraction.AttractionService;
import org.comptoir.attraction.AttractionSort;
import org.comptoir.attraction.AttractionSource;
import org.comptoir.attraction.PriceLevel;
import org.comptoir.reference.ListKind;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.security.AppRoles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Admins add, change and retire attractions; the form says what is wrong next to each field and
 * keeps what was typed.
 */
@WithMockUser(username = "admin", roles = AppRoles.ADMIN)
class AttractionEditViewTest extends ViewTest {

    @Autowired
    AttractionService attractions;

    @Autowired
    ReferenceListService lists;

    @Test
    void leaving_with_unsaved_changes_asks_first_and_ctrl_enter_saves() {
        var view = navigate("attractions/new", AttractionEditView.class);
        test(view.cancel).click();
        assertThat(getCurrentView()).as("nothing typed: left at once").isInstanceOf(AttractionsView.class);
        assertThat($(ConfirmDialog.class).all()).isEmpty();

        var name = "Puy de Pariou " + System.nanoTime();
        view = navigate("attractions/new", AttractionEditView.class);
        test(view.form.nameFr).setValue(name);
        test(view.cancel).click();
        var question = test($(ConfirmDialog.class).single());
        assertThat(question.getHeader()).isEqualTo("Abandonner vos modifications ?");
        question.cancel();
        assertThat(getCurrentView()).isSameAs(view);
        assertThat(view.form.nameFr.getValue()).isEqualTo(name);

        test(view.form.category).selectItem("Volcan et site naturel");
        test(view.form.commune).setValue("Orcines");
        test(view.form.latitude).setValue(45.8233);
        test(view.form.longitude).setValue(2.9717);
        test(view.form.priceLevel).selectItem("Gratuit");
        fireShortcut(Key.ENTER, KeyModifier.CONTROL);

        assertThat(getCurrentView()).as("saved, and left without a question").isInstanceOf(AttractionDetailView.class);
        assertThat($(ConfirmDialog.class).all()).isEmpty();
        assertThat(find(name).commune()).isEqualTo("Orcines");
    }

    @Test
    void in_english_leaving_with_changes_asks_in_english_and_discarding_leaves() {
        useLocale(Locale.ENGLISH);
        var view = navigate("attractions/new", AttractionEditView.class);
        test(view.form.nameFr).setValue("Never saved");

        UI.getCurrent().navigate(AttractionsView.class);
        var question = test($(ConfirmDialog.class).single());
        assertThat(question.getHeader()).isEqualTo("Discard your changes?");
        assertThat(question.getText()).isEqualTo("What you typed is not saved and will be lost.");
        question.confirm();

        assertThat(getCurrentView()).isInstanceOf(AttractionsView.class);
    }

    @Test
    void an_admin_adds_an_attraction_and_lands_on_its_page() {
        var name = "Lac de Guéry " + System.nanoTime();
        var view = navigate("attractions/new", AttractionEditView.class);
        assertThat(view.getPageTitle()).isEqualTo("Nouveau site");
        var form = view.form;

        test(form.nameFr).setValue(name);
        test(form.nameEn).setValue("Guéry Lake");
        test(form.category).selectItem("Volcan et site naturel");
        test(form.descriptionFr).setValue("Le plus haut lac d’Auvergne, gelé l’hiver.");
        test(form.commune).setValue("Orcival");
        test(form.latitude).setValue(45.6067);
        test(form.longitude).setValue(2.8183);
        test(form.visitMinutes).setValue(90);
        test(form.priceLevel).selectItem("Gratuit");
        form.monthsOpen.setValue(EnumSet.range(Month.MAY, Month.OCTOBER));
        test(form.familyFriendly).click();
        test(form.minAge).setValue(3);
        test(form.dogsAllowed).click();
        form.labels.setValue(Set.of("GRAND_SITE_DE_FRANCE"));
        var hiking = lists.items(ListKind.INTEREST, false).stream()
                .filter(i -> i.code().equals("HIKING"))
                .findFirst()
                .orElseThrow();
        form.interests.setValue(Set.of(hiking.id()));
        test(form.website).setValue("https://www.sancy.com/lac-de-guery");
        test(view.save).click();

        var detail = (AttractionDetailView) getCurrentView();
        assertThat(detail.getPageTitle()).isEqualTo(name);
        assertThat(notifications()).contains(name + " est enregistré.");
        var saved = find(name);
        assertThat(saved.nameEn()).isEqualTo("Guéry Lake");
        assertThat(saved.category()).isEqualTo(AttractionCategory.VOLCANO_NATURAL_SITE);
        assertThat(saved.driveEstimated()).isTrue();
        assertThat(saved.monthsOpen()).containsExactlyInAnyOrderElementsOf(EnumSet.range(Month.MAY, Month.OCTOBER));
        assertThat(saved.minAge()).isEqualTo(3);
        assertThat(saved.dogsAllowed()).isTrue();
        assertThat(saved.languages()).containsExactly("fr");
        assertThat(saved.labels()).containsExactly("GRAND_SITE_DE_FRANCE");
        assertThat(saved.interestIds()).containsExactly(hiking.id());
        assertThat(saved.source()).isEqualTo(AttractionSource.MANUAL);
    }

    @Test
    void mistakes_are_told_next_to_each_field_and_what_was_typed_stays() {
        var before = attractions.count(AttractionFilter.all());
        var view = navigate("attractions/new", AttractionEditView.class);
        var form = view.form;

        test(form.descriptionFr).setValue("Une description à garder");
        test(form.latitude).setValue(95.0);
        test(form.longitude).setValue(3.0);
        test(form.website).setValue("www.sans-protocole");
        form.monthsOpen.setValue(Set.of());
        form.closedDays.setValue(EnumSet.allOf(DayOfWeek.class));
        test(form.visitMinutes).setValue(0);
        test(form.minAge).setValue(4);
        test(view.save).click();

        assertThat(getCurrentView()).isSameAs(view);
        assertThat(form.nameFr.isInvalid()).isTrue();
        assertThat(form.nameFr.getErrorMessage()).isEqualTo("Le nom en français est obligatoire.");
        assertThat(form.category.isInvalid()).isTrue();
        assertThat(form.latitude.getErrorMessage()).isEqualTo("Latitude entre -90 et 90 (et pas 0,0).");
        assertThat(form.website.getErrorMessage()).isEqualTo("Adresse web complète attendue (https://…).");
        assertThat(form.monthsOpen.getErrorMessage()).isEqualTo("Ouvert au moins un mois.");
        assertThat(form.closedDays.getErrorMessage())
                .isEqualTo("Fermé tous les jours de la semaine : retirez au moins un jour.");
        assertThat(form.visitMinutes.getErrorMessage()).isEqualTo("Entre 1 et 1 440 minutes.");
        assertThat(form.minAge.getErrorMessage()).isEqualTo("Seulement pour un site adapté aux familles.");
        assertThat(form.longitude.isInvalid()).isFalse();
        assertThat(view.status.getText()).isEqualTo("Certaines informations sont à corriger.");
        assertThat(form.descriptionFr.getValue()).isEqualTo("Une description à garder");
        assertThat(form.website.getValue()).isEqualTo("www.sans-protocole");
        assertThat(attractions.count(AttractionFilter.all())).isEqualTo(before);

        test(form.familyFriendly).click();
        assertThat(form.minAge.isInvalid()).isFalse();
    }

    @Test
    void every_refusal_the_service_can_give_is_shown_next_to_its_field() {
        var view = navigate("attractions/new", AttractionEditView.class);
        var form = view.form;
        test(form.nameFr).setValue("   ");
        test(view.save).click();
        assertThat(form.nameFr.getErrorMessage()).isEqualTo("Le nom en français est obligatoire.");

        // the form checks all of these itself; the service's checks (shared with the imports) must still land
        // next to their fields, whatever it refuses
        var everythingWrong = AttractionDrafts.everythingWrong()
                .descriptionFr("x".repeat(4001))
                .phone("0".repeat(41))
                .build();
        var problems = AttractionRules.problems(everythingWrong);
        assertThat(problems).hasSizeGreaterThanOrEqualTo(10);

        assertThat(form.showErrors(problems)).isTrue();
        assertThat(form.phone.getErrorMessage()).isEqualTo("Numéro trop long.");
        assertThat(form.descriptionFr.getErrorMessage()).isEqualTo("4 000 caractères au plus.");
        assertThat(form.driveMinutes.getErrorMessage()).isEqualTo("Entre 0 et 600 minutes.");
        assertThat(form.minAge.getErrorMessage()).isEqualTo("Âge entre 0 et 18 ans.");
        assertThat(form.longitude.isInvalid()).isTrue();
    }

    @Test
    void an_admin_changes_an_attraction_and_then_retires_and_reactivates_it_from_its_page() {
        var saved = attractions.save(draft("Moulin à changer " + System.nanoTime()));
        var view = navigate("attractions/" + saved.id() + "/edit", AttractionEditView.class);
        var form = view.form;
        assertThat(view.getPageTitle()).isEqualTo("Modifier : " + saved.nameFr());
        assertThat(form.nameFr.getValue()).isEqualTo(saved.nameFr());
        assertThat(form.visitMinutes.getValue()).isEqualTo(60);
        assertThat(form.closedDays.getValue()).containsExactly(DayOfWeek.TUESDAY);

        test(form.visitMinutes).setValue(120);
        test(form.driveMinutes).setValue(35);
        form.closedDays.setValue(Set.of());
        test(view.save).click();

        var detail = (AttractionDetailView) getCurrentView();
        var changed = attractions.find(saved.id()).orElseThrow();
        assertThat(changed.visitMinutes()).isEqualTo(120);
        assertThat(changed.driveMinutes()).isEqualTo(35);
        assertThat(changed.driveEstimated()).isFalse();
        assertThat(changed.closedDays()).isEmpty();
        assertThat(detail.facts.getElement().getTextRecursively()).contains("2 h", "Ouvert tous les jours");
        assertThat(detail.toggleActive.getText()).isEqualTo("Retirer");

        test(detail.toggleActive).click();
        assertThat(attractions.find(saved.id()).orElseThrow().active()).isFalse();
        assertThat(detail.getElement().getTextRecursively()).contains("retiré");
        assertThat(detail.toggleActive.getText()).isEqualTo("Réactiver");
        test(detail.toggleActive).click();
        assertThat(attractions.find(saved.id()).orElseThrow().active()).isTrue();
        assertThat(detail.toggleActive.getText()).isEqualTo("Retirer");
    }

    @Test
    void two_admins_saving_the_same_attraction_are_told_and_nothing_typed_is_lost() {
        var saved = attractions.save(draft("Moulin disputé " + System.nanoTime()));
        var view = navigate("attractions/" + saved.id() + "/edit", AttractionEditView.class);
        test(view.form.commune).setValue("Thiers");
        // someone else saves it meanwhile
        var other = saved.toDraft();
        attractions.save(
                AttractionDrafts.of(other).descriptionFr("Changé ailleurs").build());

        test(view.save).click();

        assertThat(getCurrentView()).isSameAs(view);
        assertThat(view.status.getText()).startsWith("Quelqu’un a modifié ce site entre-temps.");
        assertThat(view.form.commune.getValue()).isEqualTo("Thiers");
        assertThat(attractions.find(saved.id()).orElseThrow().commune()).isNull();
    }

    @Test
    void the_form_speaks_english_when_asked() {
        useLocale(Locale.ENGLISH);
        var view = navigate("attractions/new", AttractionEditView.class);
        var form = view.form;

        assertThat(view.getPageTitle()).isEqualTo("New attraction");
        assertThat(form.nameFr.getLabel()).isEqualTo("Name in French");
        assertThat(form.monthsOpen.getItemLabelGenerator().apply(Month.JANUARY)).isEqualTo("Jan");
        assertThat(form.closedDays.getItemLabelGenerator().apply(DayOfWeek.MONDAY))
                .isEqualTo("Mon");
        test(view.save).click();
        assertThat(form.nameFr.getErrorMessage()).isEqualTo("The French name is required.");
        assertThat(view.save.getText()).isEqualTo("Save");
    }

    @Test
    void months_and_days_have_short_french_names() {
        var view = navigate("attractions/new", AttractionEditView.class);

        assertThat(view.form.monthsOpen.getItemLabelGenerator().apply(Month.FEBRUARY))
                .isEqualTo("Févr.");
        assertThat(view.form.closedDays.getItemLabelGenerator().apply(DayOfWeek.MONDAY))
                .isEqualTo("Lun.");
        assertThat(view.form.monthsOpen.getValue()).hasSize(12);
        assertThat(view.form.languages.getValue()).containsExactly("fr");
    }

    private AttractionDetails find(String name) {
        return attractions
                .search(AttractionFilter.text(name), AttractionSort.NAME, true, PageRequest.of(0, 2))
                .getContent()
                .getFirst();
    }

    private static AttractionDraft draft(String name) {
        return AttractionDrafts.named(name)
                .category(AttractionCategory.INDUSTRIAL_HERITAGE)
                .latitude(45.85)
                .longitude(3.55)
                .priceLevel(PriceLevel.LOW)
                .closedDays(Set.of(DayOfWeek.TUESDAY))
                .indoor(true)
                .languages(Set.of("fr"))
                .build();
    }
}
