package org.comptoir.suggestion.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.comptoir.base.ComptoirProperties;
import org.comptoir.reference.ListItem;
import org.comptoir.reference.ListKind;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.security.AppRoles;
import org.comptoir.suggestion.SuggestionService;
import org.comptoir.suggestion.SuggestionSheet;
import org.comptoir.suggestion.VisitorProfile;

/**
 * Recommend: the same suggestions as at the desk, for a phone call or a colleague asking, without
 * logging an interaction; with a free-text search on top.
 */
@Route("recommend")
@RolesAllowed({AppRoles.COUNSELLOR, AppRoles.DIRECTOR, AppRoles.ADMIN})
@Menu(title = "nav.recommend", order = 25, icon = "vaadin:lightbulb")
class RecommendView extends Div implements HasDynamicTitle {

    /** Time budget choices: a few hours, a day, several days. */
    enum Budget {
        FEW_HOURS(180),
        DAY(600),
        ANY(null);

        final Integer minutes;

        Budget(Integer minutes) {
            this.minutes = minutes;
        }
    }

    final TextField search = new TextField();
    final CheckboxGroup<ListItem> interests = new CheckboxGroup<>();
    final Select<Budget> budget = new Select<>();
    final DatePicker date = new DatePicker();
    final SuggestionPanel panel;
    private final Supplier<LocalDate> today;

    RecommendView(
            SuggestionService suggestions,
            SuggestionSheet sheet,
            ReferenceListService lists,
            Clock clock,
            ComptoirProperties properties) {
        addClassName("recommend-view");
        var officeClock = clock.withZone(properties.timeZone());
        today = () -> LocalDate.now(officeClock);
        List<ListItem> interestItems = lists.items(ListKind.INTEREST, false);
        panel = new SuggestionPanel(
                suggestions,
                sheet,
                properties.officeName(),
                id -> interestItems.stream()
                        .filter(i -> i.id() == id)
                        .findFirst()
                        .map(i -> i.name(getLocale()))
                        .orElse("?"),
                today);

        search.setPlaceholder(getTranslation("recommend.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> panel.setText(e.getValue()));
        search.setWidth("20em");
        interests.setLabel(getTranslation("desk.interests"));
        interests.setItems(interestItems);
        interests.setItemLabelGenerator(i -> i.name(getLocale()));
        interests.addClassName("recommend-interests");
        budget.setLabel(getTranslation("recommend.budget"));
        budget.setItems(Budget.values());
        budget.setItemLabelGenerator(b -> getTranslation("recommend.budget." + b.name()));
        budget.setValue(Budget.ANY);
        date.setLabel(getTranslation("recommend.date"));
        date.setValue(today.get());
        date.setLocale(getLocale());
        interests.addValueChangeListener(e -> refresh());
        budget.addValueChangeListener(e -> refresh());
        date.addValueChangeListener(e -> refresh());
        var criteria = new Div(search, budget, date, interests);
        criteria.addClassName("recommend-criteria");
        criteria.addClassName("card");
        var results = new Div(panel);
        results.addClassName("card");
        results.addClassName("recommend-results");
        add(criteria, results);
        refresh();
    }

    private void refresh() {
        var ids = interests.getValue().stream().map(ListItem::id).collect(Collectors.toSet());
        var day = date.getValue() == null ? today.get() : date.getValue();
        var chosen = budget.getValue() == null ? Budget.ANY : budget.getValue();
        panel.setProfile(new VisitorProfile(ids, chosen.minutes, 0, null, false, day, false, null, Set.of()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.recommend");
    }
}
