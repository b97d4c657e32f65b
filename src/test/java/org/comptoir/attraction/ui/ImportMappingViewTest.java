package org.comptoir.attraction.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.internal.ShortcutsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.Locale;
import java.util.stream.IntStream;
import org.comptoir.ViewTest;
import org.comptoir.attraction.datatourisme.ImportService;
import org.comptoir.attraction.datatourisme.MappingRule;
import org.comptoir.security.AppRoles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Admin › Import › Mapping, used as an admin would, in French and in English.
 */
@WithMockUser(username = "admin", roles = AppRoles.ADMIN)
class ImportMappingViewTest extends ViewTest {

    private static final String TERM = ":ZooAndAquarium";

    @Autowired
    ImportService imports;

    @AfterEach
    void deleteWhatWasAdded() {
        imports.mappings().stream()
                .filter(rule -> rule.sourceTerm().equals(TERM))
                .forEach(rule -> imports.deleteMapping(rule.id(), rule.version()));
    }

    @Test
    void the_shipped_mapping_is_listed_highest_priority_first() {
        var view = navigate(ImportMappingView.class);
        var grid = test(view.grid);
        assertThat(grid.size()).isGreaterThan(30);
        var museum = row(view, "schema:Museum");
        assertThat(grid.getCellText(museum, 1)).isEqualTo("Musée");
        assertThat(grid.getCellText(museum, 2)).isEqualTo("Musées");
        assertThat(grid.getCellText(museum, 3)).isEqualTo("90");
        assertThat(grid.getCellText(0, 3)).isEqualTo("95");
        assertThat(grid.getCellText(row(view, "patrimoine"), 1))
                .as("an interest only")
                .isEmpty();
    }

    @Test
    void an_admin_adds_changes_and_deletes_a_mapping_line() {
        var view = navigate(ImportMappingView.class);
        test(view.create).click();
        var dialog = $(MappingDialog.class).single();
        assertThat(dialog.form.priority.getValue()).isEqualTo(50);
        test(dialog.form.term).setValue("https://www.datatourisme.fr/ontology/core#ZooAndAquarium");
        test(dialog.form.category).selectItem("Parc et loisirs");
        test(dialog.form.interest).selectItem("Famille et enfants");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(notifications()).contains("Correspondance « :ZooAndAquarium » enregistrée.");
        var row = row(view, TERM);
        assertThat(test(view.grid).getCellText(row, 2)).isEqualTo("Famille et enfants");

        clickRowButton(view, row, "Modifier");
        var edit = $(MappingDialog.class).single();
        assertThat(edit.getHeaderTitle()).isEqualTo("Modifier « :ZooAndAquarium »");
        assertThat(edit.form.category.getValue()).isNotNull();
        test(edit.form.priority).setValue(85);
        test(edit.save).click();
        assertThat(test(view.grid).getCellText(row(view, TERM), 3)).isEqualTo("85");
        assertThat(imports.mappings())
                .filteredOn(rule -> rule.sourceTerm().equals(TERM))
                .extracting(MappingRule::priority)
                .containsExactly(85);

        clickRowButton(view, row(view, TERM), "Supprimer");
        var confirm = test($(ConfirmDialog.class).single());
        assertThat(confirm.getHeader()).isEqualTo("Supprimer la correspondance « :ZooAndAquarium » ?");
        confirm.cancel();
        assertThat(imports.mappings()).extracting(MappingRule::sourceTerm).contains(TERM);
        clickRowButton(view, row(view, TERM), "Supprimer");
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(notifications()).contains("Correspondance « :ZooAndAquarium » supprimée.");
        assertThat(imports.mappings()).extracting(MappingRule::sourceTerm).doesNotContain(TERM);
    }

    @Test
    void mistakes_are_shown_on_their_field_and_nothing_typed_is_lost() {
        var view = navigate(ImportMappingView.class);
        test(view.create).click();
        var dialog = $(MappingDialog.class).single();
        test(dialog.form.term).setValue(TERM);
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.form.category.isInvalid()).isTrue();
        assertThat(dialog.form.category.getErrorMessage())
                .isEqualTo("Choisissez une catégorie ou un centre d’intérêt.");

        test(dialog.form.term).setValue("schema:Museum");
        test(dialog.form.category).selectItem("Musée");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.form.term.getErrorMessage()).isEqualTo("« schema:Museum » a déjà une correspondance.");
        assertThat(dialog.form.term.getValue()).isEqualTo("schema:Museum");
    }

    @Test
    void esc_or_a_click_outside_asks_before_losing_what_was_typed_and_enter_saves() {
        var view = navigate(ImportMappingView.class);
        test(view.create).click();
        var untouched = $(MappingDialog.class).single();
        escape(untouched);
        assertThat(untouched.isOpened()).as("nothing typed: closed at once").isFalse();
        assertThat($(ConfirmDialog.class).all()).isEmpty();

        test(view.create).click();
        var dialog = $(MappingDialog.class).single();
        test(dialog.form.term).setValue(TERM);
        escape(dialog);
        var question = test($(ConfirmDialog.class).single());
        assertThat(question.getHeader()).isEqualTo("Abandonner vos modifications ?");
        assertThat(question.getText()).isEqualTo("Ce que vous avez saisi n’est pas enregistré et sera perdu.");
        question.cancel();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.form.term.getValue()).as("kept").isEqualTo(TERM);

        test(dialog.form.category).selectItem("Parc et loisirs");
        // Enter pressed in a field of the dialog: the key reaches the dialog (browserless sees no modal
        // component in Vaadin 25's dialogs, so the key is sent to the dialog itself)
        ShortcutsKt._fireShortcut(dialog, Key.ENTER);
        assertThat(dialog.isOpened()).as("Enter saved").isFalse();
        assertThat(imports.mappings()).extracting(MappingRule::sourceTerm).contains(TERM);

        clickRowButton(view, row(view, TERM), "Modifier");
        var edit = $(MappingDialog.class).single();
        test(edit.form.priority).setValue(12);
        escape(edit);
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(edit.isOpened()).as("discarded").isFalse();
        assertThat(imports.mappings())
                .filteredOn(rule -> rule.sourceTerm().equals(TERM))
                .extracting(MappingRule::priority)
                .containsExactly(50);
    }

    @Test
    void in_english_the_columns_and_the_form_speak_english() {
        useLocale(Locale.ENGLISH);
        var view = navigate(ImportMappingView.class);
        assertThat(view.getPageTitle()).isEqualTo("Import mapping");
        assertThat(test(view.grid).getCellText(row(view, "schema:Museum"), 2)).isEqualTo("Museums");
        test(view.create).click();
        var dialog = $(MappingDialog.class).single();
        assertThat(dialog.form.term.getLabel()).isEqualTo("Type or theme");
        test(dialog.save).click();
        assertThat(dialog.form.term.getErrorMessage()).isEqualTo("Enter the type or theme.");
        test(dialog.form.term).setValue(TERM);
        escape(dialog);
        var question = test($(ConfirmDialog.class).single());
        assertThat(question.getHeader()).isEqualTo("Discard your changes?");
        assertThat(question.getText()).isEqualTo("What you typed is not saved and will be lost.");
    }

    @Test
    void the_import_view_leads_to_the_mapping_and_back() {
        var importView = navigate(ImportView.class);
        test(importView.mapping).click();
        var view = $(ImportMappingView.class).single();
        test(view.back).click();
        assertThat($(ImportView.class).all()).hasSize(1);
    }

    /** What Esc or a click outside the dialog sends. */
    private static void escape(Dialog dialog) {
        ComponentUtil.fireEvent(dialog, new Dialog.DialogCloseActionEvent(dialog, true));
    }

    private int row(ImportMappingView view, String term) {
        var grid = test(view.grid);
        return IntStream.range(0, grid.size())
                .filter(i -> grid.getCellText(i, 0).equals(term))
                .findFirst()
                .orElseThrow(() -> new AssertionError(term + " not listed"));
    }

    private void clickRowButton(ImportMappingView view, int row, String label) {
        var button = test(view.grid)
                .getCellComponent(row, 4)
                .getChildren()
                .map(Button.class::cast)
                .filter(b -> b.getAriaLabel().orElse("").equals(label))
                .findFirst()
                .orElseThrow();
        test(button).click();
    }
}
