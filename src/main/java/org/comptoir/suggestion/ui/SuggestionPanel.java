package org.comptoir.suggestion.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.comptoir.suggestion.SheetLanguage;
import org.comptoir.suggestion.SheetRequest;
import org.comptoir.suggestion.Suggestion;
import org.comptoir.suggestion.SuggestionService;
import org.comptoir.suggestion.SuggestionSheet;
import org.comptoir.suggestion.VisitorProfile;

/**
 * The top suggestions for the visitor being served, refreshed as the profile is filled in, each with
 * its reasons; one click picks or unpicks one. Switches for a rainy day, children and reduced mobility.
 */
public class SuggestionPanel extends Composite<Div> {

    public static final int SHOWN = 10;

    final Checkbox rainy = new Checkbox();
    final Checkbox children = new Checkbox();
    final Checkbox reducedMobility = new Checkbox();
    final Div picked = new Div();
    final Div list = new Div();
    /** "3 lieux fermés aujourd’hui masqués": the ranking leaves closed places out, and says so. */
    final Span closedHidden = new Span();

    final Select<SheetLanguage> sheetLanguage = new Select<>();
    final Anchor pdf;
    final Anchor print;
    private final Div sheetBar = new Div();
    private final SuggestionSheet sheet;
    private final String officeName;

    private final SuggestionService suggestions;
    private final Function<Long, String> interestNames;
    private final Supplier<LocalDate> today;
    private final List<Consumer<List<Long>>> pickListeners = new ArrayList<>();
    private VisitorProfile base;
    private String text = "";
    private List<Long> picks = new ArrayList<>();
    private boolean childrenFromProfile;
    private List<Suggestion> shown = List.of();

    public SuggestionPanel(
            SuggestionService suggestions,
            SuggestionSheet sheet,
            String officeName,
            Function<Long, String> interestNames,
            Supplier<LocalDate> today) {
        this.sheet = sheet;
        this.officeName = officeName;
        this.suggestions = suggestions;
        this.interestNames = interestNames;
        this.today = today;
        this.base = VisitorProfile.on(today.get());
        var content = getContent();
        content.addClassName("suggestion-panel");
        rainy.setLabel(getTranslation("suggestion.rainy"));
        children.setLabel(getTranslation("suggestion.children"));
        reducedMobility.setLabel(getTranslation("suggestion.reduced-mobility"));
        for (var box : List.of(rainy, children, reducedMobility)) {
            box.addValueChangeListener(e -> refresh());
        }
        var switches = new Div(rainy, children, reducedMobility);
        switches.addClassName("suggestion-switches");
        picked.addClassName("suggestion-picked");
        list.addClassName("suggestion-list");
        sheetLanguage.setItems(SheetLanguage.values());
        sheetLanguage.setItemLabelGenerator(language -> language.locale().getDisplayLanguage(language.locale()));
        sheetLanguage.setValue(SheetLanguage.FR);
        sheetLanguage.setAriaLabel(getTranslation("suggestion.sheet.language"));
        sheetLanguage.setTooltipText(getTranslation("suggestion.sheet.language"));
        sheetLanguage.setWidth("9em");
        pdf = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    var bytes = sheet.pdf(request());
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            SuggestionSheet.fileName(sheetLanguage.getValue(), today.get()),
                            "application/pdf",
                            bytes.length);
                }),
                getTranslation("suggestion.sheet.pdf"));
        pdf.addComponentAsFirst(VaadinIcon.FILE_TEXT_O.create());
        print = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                            var bytes = sheet.html(request()).getBytes(StandardCharsets.UTF_8);
                            return new DownloadResponse(
                                    new ByteArrayInputStream(bytes),
                                    "suggestions.html",
                                    "text/html;charset=UTF-8",
                                    bytes.length);
                        })
                        .inline(),
                getTranslation("suggestion.sheet.print"));
        print.setTarget("_blank");
        print.addComponentAsFirst(VaadinIcon.PRINT.create());
        sheetBar.add(sheetLanguage, pdf, print);
        sheetBar.addClassName("suggestion-sheet-bar");
        closedHidden.addClassName("suggestion-closed-hidden");
        content.add(switches, picked, sheetBar, list, closedHidden);
        refresh();
    }

    /** The visitor's profile as known so far; the panel's switches and picks are added to it. */
    public void setProfile(VisitorProfile profile) {
        this.base = profile;
        if (profile.language() != null) {
            sheetLanguage.setValue(SheetLanguage.fromCode(profile.language()));
        }
        if (profile.children() > 0 && !childrenFromProfile) {
            children.setValue(true);
        }
        childrenFromProfile = profile.children() > 0;
        refresh();
    }

    /** Limits the suggestions to those whose names contain these words (the Recommend view's search). */
    public void setText(String text) {
        this.text = text;
        refresh();
    }

    public List<Long> picks() {
        return List.copyOf(picks);
    }

    public void setPicks(List<Long> picks) {
        this.picks = new ArrayList<>(picks);
        refresh();
    }

    public void addPicksListener(Consumer<List<Long>> listener) {
        pickListeners.add(listener);
    }

    /** The suggestions shown now, best first (for tests and the sheet). */
    public List<Suggestion> shown() {
        return shown;
    }

    /** The rainy-day switch. */
    public Checkbox rainySwitch() {
        return rainy;
    }

    /** The button that picks or unpicks the n-th suggestion shown. */
    public Button pickButton(int index) {
        return (Button) list.getComponentAt(index)
                .getChildren()
                .filter(Button.class::isInstance)
                .findFirst()
                .orElseThrow();
    }

    private VisitorProfile profile() {
        var p = base;
        int kids = children.getValue() ? Math.max(1, p.children()) : 0;
        return new VisitorProfile(
                p.interestIds(),
                p.timeBudgetMinutes(),
                kids,
                p.youngestChildAge(),
                reducedMobility.getValue(),
                p.date(),
                rainy.getValue(),
                p.language(),
                Set.copyOf(picks));
    }

    private void refresh() {
        var profile = profile();
        shown = text.isBlank() ? suggestions.suggest(profile, SHOWN) : suggestions.suggest(profile, text, SHOWN);
        list.removeAll();
        if (shown.isEmpty()) {
            list.add(new Span(getTranslation("suggestion.none")));
        }
        for (var suggestion : shown) {
            list.add(row(suggestion, profile.date()));
        }
        showClosedHidden(profile);
        showPicked();
    }

    private Component row(Suggestion suggestion, LocalDate date) {
        var a = suggestion.attraction();
        var name = new Span(a.name(getLocale()));
        name.addClassName("suggestion-name");
        var category =
                new Span(getTranslation("AttractionCategory." + a.category().name()));
        category.addClassName("suggestion-category");
        var reasons = new Span(ReasonTexts.describe(this, suggestion, date, today.get(), interestNames));
        reasons.addClassName("suggestion-reasons");
        var title = new Div(name, category);
        if (!suggestion.open()) {
            var closed = new Span(
                    getTranslation(date.equals(today.get()) ? "attractions.closed-today" : "attractions.closed"));
            closed.addClassName("badge-off");
            title.add(closed);
        }
        var text = new Div(title, reasons);
        text.addClassName("suggestion-text");
        var pick = new Button(VaadinIcon.PLUS.create(), e -> toggle(a.id()));
        pick.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
        pick.setAriaLabel(getTranslation("suggestion.pick", a.name(getLocale())));
        pick.setTooltipText(getTranslation("suggestion.pick", a.name(getLocale())));
        var row = new Div(text, pick);
        row.addClassName("suggestion-row");
        if (!suggestion.open()) {
            row.addClassName("suggestion-closed");
        }
        return row;
    }

    /** Without a search by name, closed places are left out: say how many, so that none seems forgotten. */
    private void showClosedHidden(VisitorProfile profile) {
        int count = text.isBlank() ? suggestions.closedCount(profile) : 0;
        var day = profile.date().equals(today.get()) ? "today" : "that-day";
        closedHidden.setText(
                count == 0
                        ? ""
                        : getTranslation("suggestion.closed-hidden." + day + (count == 1 ? ".one" : ".many"), count));
        closedHidden.setVisible(count > 0);
    }

    /** The text under the list saying how many closed places it leaves out; empty when none. */
    public String closedHiddenText() {
        return closedHidden.isVisible() ? closedHidden.getText() : "";
    }

    private void showPicked() {
        picked.removeAll();
        sheetBar.setVisible(!picks.isEmpty());
        if (picks.isEmpty()) {
            picked.setVisible(false);
            return;
        }
        picked.setVisible(true);
        picked.add(new Span(getTranslation("suggestion.picked", picks.size())));
        for (var attraction : suggestions.picked(picks)) {
            var chip = new Button(
                    attraction.name(getLocale()), VaadinIcon.CLOSE_SMALL.create(), e -> toggle(attraction.id()));
            chip.setIconAfterText(true);
            chip.addThemeVariants(ButtonVariant.LUMO_SMALL);
            chip.addClassName("picked-chip");
            chip.setAriaLabel(getTranslation("suggestion.unpick", attraction.name(getLocale())));
            picked.add(chip);
        }
    }

    /** The sheet of the current picks, in the chosen language. */
    SheetRequest request() {
        var chosen =
                suggestions.picked(picks).stream().limit(SheetRequest.MAX_PICKS).toList();
        return new SheetRequest(officeName, chosen, sheetLanguage.getValue(), today.get());
    }

    private void toggle(long attractionId) {
        if (!picks.remove(Long.valueOf(attractionId))) {
            picks.add(attractionId);
        }
        refresh();
        var current = picks();
        pickListeners.forEach(listener -> listener.accept(current));
    }
}
