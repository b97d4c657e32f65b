package org.comptoir.attraction.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.comptoir.attraction.AttractionCategory;
import org.comptoir.attraction.AttractionDetails;
import org.comptoir.attraction.AttractionFilter;
import org.comptoir.attraction.AttractionService;
import org.comptoir.attraction.AttractionSort;
import org.comptoir.base.ComptoirProperties;
import org.comptoir.base.ui.DatePickers;
import org.comptoir.reference.ListItem;
import org.comptoir.reference.ListKind;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.security.AppRoles;

/**
 * The attraction database as counsellors use it all day: a search box that finds as you type (no
 * case, no accents), filters for what the visitor asks (category, interest, family, reduced mobility,
 * dogs, a rainy day, a date, how far), a sortable lazy list and how many match. The state lives in
 * the address ({@code attractions?q=gergovie&category=MUSEUM&indoor=true}) so that a reload, the back
 * button or a shared link shows the same list.
 */
@Route(AttractionsView.ROUTE)
@RolesAllowed({AppRoles.COUNSELLOR, AppRoles.DIRECTOR, AppRoles.ADMIN})
@Menu(title = "nav.attractions", order = 20, icon = "vaadin:map-marker")
class AttractionsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ROUTE = "attractions";
    static final String TEXT = "q";
    static final String CATEGORY = "category";
    static final String INTEREST = "interest";
    static final String FAMILY = "family";
    static final String ACCESSIBLE = "accessible";
    static final String DOGS = "dogs";
    static final String INDOOR = "indoor";
    static final String OPEN_ON = "open";
    static final String MAX_DRIVE = "drive";
    static final String SORT = "sort";
    static final String DESCENDING = "desc";
    static final String RETIRED = "retired";
    static final List<Integer> DRIVE_CHOICES = List.of(15, 30, 45, 60, 90);

    private static final String SORT_NAME = "name";
    private static final String SORT_DRIVE = "drive";
    private static final String SORT_CATEGORY = "category";

    final TextField search = new TextField();
    final Select<AttractionCategory> category = new Select<>();
    final Select<ListItem> interest = new Select<>();
    final DatePicker openOn = new DatePicker();
    final Select<Integer> maxDrive = new Select<>();
    final Checkbox family = new Checkbox();
    final Checkbox accessible = new Checkbox();
    final Checkbox dogs = new Checkbox();
    final Checkbox indoor = new Checkbox();
    final Checkbox retired = new Checkbox();
    final Button create = new Button();
    final Span count = new Span();
    final Grid<AttractionDetails> grid = new Grid<>();

    private final AttractionService attractions;
    private final AttractionWords words;
    private final List<ListItem> interests;
    private final Clock clock;
    private final boolean admin;
    private Grid.Column<AttractionDetails> nameColumn;
    private Grid.Column<AttractionDetails> categoryColumn;
    private Grid.Column<AttractionDetails> driveColumn;
    private AttractionFilter filter = AttractionFilter.all();
    private long matching;
    /** Set while the fields are filled from the address, so that their change events do not write it back. */
    private boolean readingAddress;

    AttractionsView(
            AttractionService attractions,
            ReferenceListService lists,
            Clock clock,
            ComptoirProperties properties,
            AuthenticationContext authentication) {
        this.attractions = attractions;
        this.words = new AttractionWords(getLocale());
        this.interests = lists.items(ListKind.INTEREST, false);
        this.clock = clock.withZone(properties.timeZone());
        this.admin = authentication.hasRole(AppRoles.ADMIN);
        addClassName("attractions-view");
        setSizeFull();

        configureFilters();
        configureGrid();
        count.addClassName("attractions-count");
        count.getElement().setAttribute("aria-live", "polite");
        var summary = new Div(count);
        summary.addClassName("attractions-summary");
        if (admin) {
            create.setText(getTranslation("attractions.new"));
            create.setIcon(VaadinIcon.PLUS.create());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(AttractionEditView.NEW_ROUTE)));
            summary.add(create);
        }
        add(filters(), summary, grid);
    }

    private void configureFilters() {
        search.setLabel(getTranslation("attractions.search"));
        search.setPlaceholder(getTranslation("attractions.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(250);
        search.setAutofocus(true);
        search.addClassName("attractions-search");

        category.setLabel(getTranslation("attractions.category"));
        category.setItems(Arrays.stream(AttractionCategory.values())
                .sorted(Comparator.comparing(words::category, Collator.getInstance(getLocale())))
                .toList());
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption(getTranslation("attractions.all"));
        category.setItemLabelGenerator(c -> c == null ? getTranslation("attractions.all") : words.category(c));

        interest.setLabel(getTranslation("attractions.interest"));
        interest.setItems(interests);
        interest.setEmptySelectionAllowed(true);
        interest.setEmptySelectionCaption(getTranslation("attractions.all"));
        interest.setItemLabelGenerator(i -> i == null ? getTranslation("attractions.all") : i.name(getLocale()));

        openOn.setLabel(getTranslation("attractions.open-on"));
        openOn.setI18n(DatePickers.i18n(getLocale()));
        openOn.setClearButtonVisible(true);

        maxDrive.setLabel(getTranslation("attractions.max-drive"));
        maxDrive.setItems(DRIVE_CHOICES);
        maxDrive.setEmptySelectionAllowed(true);
        maxDrive.setEmptySelectionCaption(getTranslation("attractions.any-distance"));
        maxDrive.setItemLabelGenerator(minutes -> minutes == null
                ? getTranslation("attractions.any-distance")
                : getTranslation("attractions.max-drive.choice", minutes));

        family.setLabel(getTranslation("attractions.family"));
        accessible.setLabel(getTranslation("attractions.accessible"));
        dogs.setLabel(getTranslation("attractions.dogs"));
        indoor.setLabel(getTranslation("attractions.indoor"));
        retired.setLabel(getTranslation("attractions.include-retired"));
        retired.setVisible(admin);

        for (HasValue<?, ?> field :
                List.of(search, category, interest, openOn, maxDrive, family, accessible, dogs, indoor, retired)) {
            field.addValueChangeListener(e -> filtersChanged());
        }
    }

    private Component filters() {
        var main = new Div(search, category, interest, openOn, maxDrive);
        main.addClassName("attractions-filter-row");
        var needs = new Div(family, accessible, dogs, indoor, retired);
        needs.addClassName("attractions-needs");
        var bar = new Div(main, needs);
        bar.addClassName("attractions-filters");
        bar.getElement().setAttribute("role", "search");
        bar.getElement().setAttribute("aria-label", getTranslation("attractions.filters"));
        return bar;
    }

    private void configureGrid() {
        grid.addClassName("attractions-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("attractions.empty"));
        grid.setPartNameGenerator(a -> a.active() ? null : "retired");
        // fits a portrait tablet (768 px) without scrolling sideways; on a desk screen the texts take the rest
        nameColumn = text(this::name, "attractions.name", "9.5rem", 2)
                .setSortable(true)
                .setSortProperty(SORT_NAME);
        categoryColumn = text(a -> words.category(a.category()), "attractions.category", "7rem", 1)
                .setSortable(true)
                .setSortProperty(SORT_CATEGORY);
        text(a -> a.commune() == null ? "" : a.commune(), "attractions.commune", "6.5rem", 1);
        driveColumn = grid.addColumn(words::drive)
                .setHeader(getTranslation("attractions.drive"))
                .setTooltipGenerator(a -> a.driveEstimated() ? getTranslation("attractions.drive.estimated") : "")
                .setTextAlign(ColumnTextAlign.END)
                .setWidth("5rem")
                .setFlexGrow(0)
                .setSortable(true)
                .setSortProperty(SORT_DRIVE);
        grid.addColumn(a -> words.priceShort(a.priceLevel()))
                .setHeader(getTranslation("attractions.price"))
                .setTooltipGenerator(a -> words.price(a.priceLevel()))
                .setTextAlign(ColumnTextAlign.CENTER)
                .setWidth("4.5rem")
                .setFlexGrow(0);
        grid.addColumn(audience())
                .setHeader(getTranslation("attractions.audience"))
                .setWidth("7rem")
                .setFlexGrow(0);
        grid.addColumn(a -> words.openOn(a, today()))
                .setTooltipGenerator(a -> words.openOnInFull(a, today()))
                .setHeader(getTranslation("attractions.today"))
                .setWidth("9rem")
                .setFlexGrow(0)
                .setPartNameGenerator(a -> a.isOpenOn(today()) ? "open-cell" : "closed-cell");

        grid.setItems(
                query -> attractions
                        .search(
                                filter,
                                sort(query.getSortOrders()),
                                ascending(query.getSortOrders()),
                                VaadinSpringDataHelpers.toSpringPageRequest(query))
                        .stream(),
                query -> (int) Math.min(matching, Integer.MAX_VALUE));
        grid.sort(List.of(new GridSortOrder<>(nameColumn, SortDirection.ASCENDING)));
        grid.addSortListener(e -> writeAddress());
        // selecting a row (a click, or Space from the keyboard) opens it; the selection is not kept
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                grid.deselectAll();
                open(e.getValue());
            }
        });
    }

    private Grid.Column<AttractionDetails> text(
            Function<AttractionDetails, String> value, String headerKey, String width, int flexGrow) {
        return grid.addColumn(value::apply)
                .setHeader(getTranslation(headerKey))
                .setWidth(width)
                .setFlexGrow(flexGrow)
                .setTooltipGenerator(value::apply);
    }

    private String name(AttractionDetails attraction) {
        var name = attraction.name(getLocale());
        return attraction.active() ? name : name + " · " + getTranslation("attractions.retired");
    }

    /** Small icons for what the visitor may need; the words are the tooltip and what screen readers say. */
    private LitRenderer<AttractionDetails> audience() {
        var template = new StringBuilder("<span class=\"audience-icons\">");
        icon(template, "family", "icon=\"vaadin:family\"", getTranslation("attractions.family"));
        icon(template, "accessible", "icon=\"vaadin:accessibility\"", getTranslation("attractions.accessible"));
        icon(template, "indoor", "icon=\"vaadin:umbrella\"", getTranslation("attractions.indoor"));
        // Vaadin's icons have no dog: a paw of our own
        icon(template, "dogs", "src=\"images/paw.svg\"", getTranslation("attractions.dogs"));
        template.append("</span>");
        return LitRenderer.<AttractionDetails>of(template.toString())
                .withProperty("family", AttractionDetails::familyFriendly)
                .withProperty("accessible", AttractionDetails::accessible)
                .withProperty("indoor", AttractionDetails::indoor)
                .withProperty("dogs", AttractionDetails::dogsAllowed);
    }

    private static void icon(StringBuilder template, String property, String source, String label) {
        template.append("<vaadin-icon ")
                .append(source)
                .append(" role=\"img\" ?hidden=\"${!item.")
                .append(property)
                .append("}\" title=\"")
                .append(attribute(label))
                .append("\" aria-label=\"")
                .append(attribute(label))
                .append("\"></vaadin-icon>");
    }

    private static String attribute(String text) {
        return text.replace("&", "&amp;")
                .replace("\"", "&quot;")
                .replace("<", "&lt;")
                .replace("$", "&#36;");
    }

    private void open(AttractionDetails attraction) {
        getUI().ifPresent(ui -> ui.navigate(AttractionDetailView.route(attraction.id()), queryParameters()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        readingAddress = true;
        try {
            search.setValue(parameters.getSingleParameter(TEXT).orElse(""));
            category.setValue(parameters
                    .getSingleParameter(CATEGORY)
                    .flatMap(v -> constant(AttractionCategory.class, v))
                    .orElse(null));
            interest.setValue(parameters
                    .getSingleParameter(INTEREST)
                    .flatMap(code -> interests.stream()
                            .filter(i -> i.code().equalsIgnoreCase(code))
                            .findFirst())
                    .orElse(null));
            openOn.setValue(parameters
                    .getSingleParameter(OPEN_ON)
                    .flatMap(AttractionsView::date)
                    .orElse(null));
            maxDrive.setValue(parameters
                    .getSingleParameter(MAX_DRIVE)
                    .flatMap(AttractionsView::number)
                    .filter(DRIVE_CHOICES::contains)
                    .orElse(null));
            family.setValue(flag(parameters, FAMILY));
            accessible.setValue(flag(parameters, ACCESSIBLE));
            dogs.setValue(flag(parameters, DOGS));
            indoor.setValue(flag(parameters, INDOOR));
            retired.setValue(admin && flag(parameters, RETIRED));
            var column = switch (parameters.getSingleParameter(SORT).orElse(SORT_NAME)) {
                case SORT_DRIVE -> driveColumn;
                case SORT_CATEGORY -> categoryColumn;
                default -> nameColumn;
            };
            var direction = flag(parameters, DESCENDING) ? SortDirection.DESCENDING : SortDirection.ASCENDING;
            grid.sort(List.of(new GridSortOrder<>(column, direction)));
        } finally {
            readingAddress = false;
        }
        refresh();
    }

    private void filtersChanged() {
        if (readingAddress) {
            return;
        }
        refresh();
        writeAddress();
    }

    private void refresh() {
        filter = new AttractionFilter(
                search.getValue(),
                category.getValue(),
                interest.getValue() == null ? null : interest.getValue().id(),
                family.getValue(),
                accessible.getValue(),
                dogs.getValue(),
                indoor.getValue(),
                openOn.getValue(),
                maxDrive.getValue(),
                admin && retired.getValue());
        matching = attractions.count(filter);
        count.setText(getTranslation("attractions.count", matching));
        grid.getDataProvider().refreshAll();
    }

    private void writeAddress() {
        if (readingAddress) {
            return;
        }
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location(ROUTE, queryParameters())));
    }

    /** What the list shows, as the address's query parameters: only what differs from the default. */
    QueryParameters queryParameters() {
        var parameters = new LinkedHashMap<String, String>();
        if (!search.getValue().isBlank()) {
            parameters.put(TEXT, search.getValue().strip());
        }
        if (category.getValue() != null) {
            parameters.put(CATEGORY, category.getValue().name());
        }
        if (interest.getValue() != null) {
            parameters.put(INTEREST, interest.getValue().code());
        }
        if (openOn.getValue() != null) {
            parameters.put(OPEN_ON, openOn.getValue().toString());
        }
        if (maxDrive.getValue() != null) {
            parameters.put(MAX_DRIVE, maxDrive.getValue().toString());
        }
        putFlag(parameters, FAMILY, family);
        putFlag(parameters, ACCESSIBLE, accessible);
        putFlag(parameters, DOGS, dogs);
        putFlag(parameters, INDOOR, indoor);
        putFlag(parameters, RETIRED, retired);
        var order = grid.getSortOrder().isEmpty() ? null : grid.getSortOrder().getFirst();
        if (order != null && order.getSorted() != nameColumn) {
            parameters.put(SORT, order.getSorted() == driveColumn ? SORT_DRIVE : SORT_CATEGORY);
        }
        if (order != null && order.getDirection() == SortDirection.DESCENDING) {
            parameters.put(DESCENDING, "true");
        }
        return QueryParameters.simple(parameters);
    }

    private static void putFlag(Map<String, String> parameters, String name, Checkbox box) {
        if (box.getValue()) {
            parameters.put(name, "true");
        }
    }

    private static AttractionSort sort(List<QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return AttractionSort.NAME;
        }
        return switch (orders.getFirst().getSorted()) {
            case SORT_DRIVE -> AttractionSort.DRIVE_TIME;
            case SORT_CATEGORY -> AttractionSort.CATEGORY;
            default -> AttractionSort.NAME;
        };
    }

    private static boolean ascending(List<QuerySortOrder> orders) {
        return orders.isEmpty() || orders.getFirst().getDirection() == SortDirection.ASCENDING;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static boolean flag(QueryParameters parameters, String name) {
        return parameters
                .getSingleParameter(name)
                .map(v -> v.equals("true") || v.equals("1"))
                .orElse(false);
    }

    private static Optional<LocalDate> date(String value) {
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Integer> number(String value) {
        try {
            return Optional.of(Integer.valueOf(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants())
                .filter(c -> c.name().equalsIgnoreCase(value))
                .findFirst();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.attractions");
    }

    AttractionFilter filter() {
        return filter;
    }
}
