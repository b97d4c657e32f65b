package org.comptoir.visit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.ComboBox.ItemFilter;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.comptoir.base.ComptoirProperties;
import org.comptoir.base.RuleViolation;
import org.comptoir.base.ui.DatePickers;
import org.comptoir.base.ui.InBackground;
import org.comptoir.base.ui.WorkingBar;
import org.comptoir.reference.Countries;
import org.comptoir.reference.Country;
import org.comptoir.reference.Departements;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.security.AppRoles;
import org.comptoir.security.DeskDirectory.DeskOption;
import org.comptoir.security.OfficeScope;
import org.comptoir.visit.Channel;
import org.comptoir.visit.HistoryFilter;
import org.comptoir.visit.InteractionDetails;
import org.comptoir.visit.InteractionExport;
import org.comptoir.visit.VisitService;
import org.comptoir.visit.VisitorType;

/**
 * History: every interaction of a period, filtered, for directors and admins, with its details and
 * audit trail, and the same selection as a CSV file. The filters live in the address
 * ({@code history?from=2026-11-01&to=2026-11-30&country=DE}), so a reload or a shared link shows the
 * same thing.
 */
@Route(HistoryView.ROUTE)
@RolesAllowed({AppRoles.DIRECTOR, AppRoles.ADMIN, AppRoles.NETWORK})
@Menu(title = "nav.history", order = 15, icon = "vaadin:archive")
class HistoryView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ROUTE = "history";
    static final String FROM = "from";
    static final String TO = "to";
    static final String DESK = "desk";
    static final String COUNSELLOR = "counsellor";
    static final String COUNTRY = "country";
    static final String CHANNEL = "channel";
    static final String VISITOR_TYPE = "visitorType";

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final ComboBox<DeskOption> desk = new ComboBox<>();
    final TextField counsellor = new TextField();
    final ComboBox<Country> country = new ComboBox<>();
    final Select<Channel> channel = new Select<>();
    final Select<VisitorType> visitorType = new Select<>();
    final Span count = new Span();
    final Anchor export;
    /** The export's progress while the download is written. */
    final WorkingBar exporting = new WorkingBar();

    final Grid<InteractionDetails> grid = new Grid<>();

    private final VisitService visits;
    private final Countries countries;
    private final HistoryLabels labels;
    private final List<DeskOption> activeDesks;
    private final Clock clock;
    private final ZoneId zone;
    /** What the grid, the count and the export show; read by the download, which runs outside the UI lock. */
    private volatile HistoryFilter filter;
    /** Set while the fields are filled from the address, so that their change events do not write it back. */
    private boolean readingAddress;

    HistoryView(
            VisitService visits,
            InteractionExport exporter,
            ReferenceListService lists,
            Countries countries,
            Departements departements,
            Clock clock,
            ComptoirProperties properties,
            OfficeScope scope) {
        this.visits = visits;
        this.countries = countries;
        this.clock = clock;
        this.zone = properties.timeZone();
        this.labels = new HistoryLabels(lists, countries, departements, getLocale());
        // the desks of the reader's offices (issue 16): another office's would only ever show nothing
        this.activeDesks = scope.reachable(lists.activeDesks(getLocale()));
        this.filter = HistoryFilter.month(today());
        addClassName("history-view");
        setSizeFull();

        configureFilters();
        export = exportLink(exporter);
        var summary = new Div(count, export, exporting);
        summary.addClassName("history-summary");
        count.addClassName("history-count");
        configureGrid();
        add(filters(), summary, grid);
    }

    private void configureFilters() {
        from.setLabel(getTranslation("history.from"));
        to.setLabel(getTranslation("history.to"));
        for (var picker : List.of(from, to)) {
            picker.setI18n(DatePickers.i18n(getLocale()));
            // the period's rule is ours (from ≤ to), shown on the field; the picker's own checks would clear it
            picker.setManualValidation(true);
            picker.addClassName("history-date");
        }

        desk.setLabel(getTranslation("history.desk"));
        desk.setPlaceholder(getTranslation("history.all"));
        desk.setItems(activeDesks);
        desk.setItemLabelGenerator(DeskOption::name);
        desk.setClearButtonVisible(true);

        counsellor.setLabel(getTranslation("history.counsellor"));
        counsellor.setPlaceholder(getTranslation("history.counsellor.placeholder"));
        counsellor.setClearButtonVisible(true);

        country.setLabel(getTranslation("history.country"));
        country.setPlaceholder(getTranslation("history.all"));
        ItemFilter<Country> typeAhead = countries::matches;
        country.setItems(typeAhead, countries.deskOrder(List.of(), getLocale()));
        country.setItemLabelGenerator(c -> c.name(getLocale()));
        country.setClearButtonVisible(true);

        channel.setLabel(getTranslation("history.channel"));
        configureSelect(channel, Channel.values());
        visitorType.setLabel(getTranslation("history.visitor-type"));
        configureSelect(visitorType, VisitorType.values());

        for (HasValue<?, ?> field : List.of(from, to, desk, counsellor, country, channel, visitorType)) {
            field.addValueChangeListener(e -> filtersChanged());
        }
    }

    private <E extends Enum<E>> void configureSelect(Select<E> select, E[] values) {
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("history.all"));
        select.setItemLabelGenerator(value -> value == null ? getTranslation("history.all") : labels.label(value));
    }

    private Component filters() {
        var bar = new Div(from, to, desk, counsellor, country, channel, visitorType);
        bar.addClassName("history-filters");
        bar.getElement().setAttribute("role", "search");
        bar.getElement().setAttribute("aria-label", getTranslation("history.filters"));
        return bar;
    }

    private Anchor exportLink(InteractionExport exporter) {
        var locale = getLocale();
        var writing = getTranslation("history.export.working");
        DownloadHandler download = event -> {
            var selection = filter;
            var ui = event.getUI();
            event.setFileName("comptoir-history-" + selection.from() + "-" + selection.to() + ".csv");
            event.setContentType("text/csv;charset=UTF-8");
            try {
                var total = visits.historyCount(selection);
                var rows = InBackground.whileWriting(ui, exporting, writing, progress -> {
                    progress.total(total);
                    return exporter.writeCsv(selection, locale, event.getOutputStream(), progress);
                });
                InBackground.tell(
                        ui,
                        () -> Notification.show(
                                        getTranslation("history.export.done", rows),
                                        5000,
                                        Notification.Position.BOTTOM_START)
                                .addThemeVariants(NotificationVariant.LUMO_SUCCESS));
            } catch (RuleViolation busy) {
                // too many downloads at once (ExportLimit): the browser says the download failed, the screen why
                event.getResponse().setStatus(503);
                InBackground.tell(
                        ui,
                        () -> Notification.show(
                                        getTranslation(busy.messageKey(), busy.arguments()),
                                        8000,
                                        Notification.Position.TOP_CENTER)
                                .addThemeVariants(NotificationVariant.LUMO_ERROR));
            }
        };
        var link = new Anchor(download, getTranslation("history.export"));
        link.addComponentAsFirst(VaadinIcon.DOWNLOAD_ALT.create());
        link.addClassName("history-export");
        // the click itself is also sent to the server: the screen polls to show the download's progress
        link.getElement()
                .addEventListener("click", click -> getUI().ifPresent(ui -> InBackground.watchDownload(ui, exporting)));
        return link;
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addClassName("history-grid");
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("history.empty"));
        // widths for 1280 × 800 with the menu open: long values are cut, and shown whole in a tooltip
        grid.addColumn(i -> labels.when(i.occurredAt()))
                .setHeader(getTranslation("history.date"))
                .setWidth("8.25rem")
                .setFlexGrow(0);
        text(i -> labels.desk(i.deskId()), "history.desk", "6rem", 1);
        text(InteractionDetails::counsellor, "history.counsellor", "5.5rem", 1);
        text(i -> labels.label(i.channel()), "history.channel", "5.5rem", 1);
        grid.addColumn(InteractionDetails::persons)
                .setHeader(abbreviated("history.persons.short", "history.persons"))
                .setTextAlign(ColumnTextAlign.END)
                .setWidth("3.5rem")
                .setFlexGrow(0);
        text(i -> labels.country(i.country()), "history.country", "5.5rem", 1);
        grid.addColumn(i -> i.departement() == null ? "" : i.departement())
                .setHeader(abbreviated("history.departement.short", "history.departement"))
                .setTooltipGenerator(i -> labels.departement(i.departement()))
                .setWidth("3.25rem")
                .setFlexGrow(0);
        text(i -> labels.label(i.stayLength()), "history.stay-length", "5.5rem", 1);
        text(i -> labels.label(i.visitorType()), "history.visitor-type", "5.5rem", 1);
        text(i -> labels.interests(i.interestIds()), "history.interests", "5.5rem", 2);
        grid.addComponentColumn(this::quickMarker)
                .setHeader(getTranslation("history.quick.badge"))
                .setTextAlign(ColumnTextAlign.CENTER)
                .setWidth("4rem")
                .setFlexGrow(0);
        grid.setItems(query -> visits.history(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        // selecting a row (a click, or Space from the keyboard) opens it; the selection is not kept
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                grid.deselectAll();
                openDetails(e.getValue());
            }
        });
    }

    /** A text column that shows its whole text as a tooltip when the cell is too narrow. */
    private Grid.Column<InteractionDetails> text(
            Function<InteractionDetails, String> value, String headerKey, String width, int flexGrow) {
        return grid.addColumn(value::apply)
                .setHeader(getTranslation(headerKey))
                .setWidth(width)
                .setFlexGrow(flexGrow)
                .setTooltipGenerator(value::apply);
    }

    /** A short column header; the whole word for the tooltip and for screen readers. */
    private Component abbreviated(String shortKey, String fullKey) {
        var header = new Span(getTranslation(shortKey));
        header.setTitle(getTranslation(fullKey));
        header.getElement().setAttribute("aria-label", getTranslation(fullKey));
        return header;
    }

    private Component quickMarker(InteractionDetails interaction) {
        var marker = new Span();
        if (interaction.quick()) {
            marker.add(VaadinIcon.BOLT.create());
            marker.addClassName("history-quick");
            marker.setTitle(getTranslation("history.quick"));
            marker.getElement().setAttribute("aria-label", getTranslation("history.quick"));
        }
        return marker;
    }

    private void openDetails(InteractionDetails interaction) {
        new HistoryDetailsDialog(
                        interaction,
                        visits.audit(interaction.id()),
                        labels,
                        zone,
                        route -> getUI().ifPresent(ui -> ui.navigate(route, QueryParameters.of("back", "history"))))
                .open();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        var month = HistoryFilter.month(today());
        var fromAddress = new HistoryFilter(
                date(parameters, FROM).orElse(month.from()),
                date(parameters, TO).orElse(month.to()),
                parameters
                        .getSingleParameter(DESK)
                        .flatMap(HistoryView::number)
                        .filter(id -> activeDesks.stream().anyMatch(d -> d.id() == id))
                        .orElse(null),
                parameters
                        .getSingleParameter(COUNSELLOR)
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .orElse(null),
                parameters
                        .getSingleParameter(COUNTRY)
                        .flatMap(countries::find)
                        .map(Country::code)
                        .orElse(null),
                parameters
                        .getSingleParameter(CHANNEL)
                        .flatMap(v -> constant(Channel.class, v))
                        .orElse(null),
                parameters
                        .getSingleParameter(VISITOR_TYPE)
                        .flatMap(v -> constant(VisitorType.class, v))
                        .orElse(null));
        readingAddress = true;
        try {
            setFields(fromAddress);
        } finally {
            readingAddress = false;
        }
        if (validPeriod()) {
            filter = fromAddress;
        }
        refresh();
    }

    private void setFields(HistoryFilter shown) {
        from.setValue(shown.from());
        to.setValue(shown.to());
        desk.setValue(
                shown.deskId() == null
                        ? null
                        : activeDesks.stream()
                                .filter(d -> d.id() == shown.deskId())
                                .findFirst()
                                .orElse(null));
        counsellor.setValue(shown.counsellor() == null ? "" : shown.counsellor());
        country.setValue(
                shown.country() == null ? null : countries.find(shown.country()).orElse(null));
        channel.setValue(shown.channel());
        visitorType.setValue(shown.visitorType());
    }

    private void filtersChanged() {
        if (readingAddress || !validPeriod()) {
            return;
        }
        var typed = counsellor.getValue().strip();
        filter = new HistoryFilter(
                from.getValue(),
                to.getValue(),
                desk.getValue() == null ? null : desk.getValue().id(),
                typed.isEmpty() ? null : typed,
                country.getValue() == null ? null : country.getValue().code(),
                channel.getValue(),
                visitorType.getValue());
        refresh();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location(ROUTE, queryParameters())));
    }

    /** Checks the period on screen, says on the field what is wrong; the export waits for a valid one. */
    private boolean validPeriod() {
        from.setInvalid(false);
        to.setInvalid(false);
        if (from.getValue() == null) {
            from.setErrorMessage(getTranslation("history.period.required"));
            from.setInvalid(true);
        } else if (to.getValue() == null) {
            to.setErrorMessage(getTranslation("history.period.required"));
            to.setInvalid(true);
        } else if (from.getValue().isAfter(to.getValue())) {
            to.setErrorMessage(getTranslation("history.period.reversed"));
            to.setInvalid(true);
        }
        var valid = !from.isInvalid() && !to.isInvalid();
        export.setEnabled(valid);
        return valid;
    }

    private void refresh() {
        count.setText(getTranslation("history.count", visits.historyCount(filter)));
        grid.getDataProvider().refreshAll();
    }

    /** The shown filter as the address's query parameters. */
    QueryParameters queryParameters() {
        var shown = filter;
        var parameters = new LinkedHashMap<String, String>();
        parameters.put(FROM, shown.from().toString());
        parameters.put(TO, shown.to().toString());
        if (shown.deskId() != null) {
            parameters.put(DESK, shown.deskId().toString());
        }
        if (shown.counsellor() != null) {
            parameters.put(COUNSELLOR, shown.counsellor());
        }
        if (shown.country() != null) {
            parameters.put(COUNTRY, shown.country());
        }
        if (shown.channel() != null) {
            parameters.put(CHANNEL, shown.channel().name());
        }
        if (shown.visitorType() != null) {
            parameters.put(VISITOR_TYPE, shown.visitorType().name());
        }
        return QueryParameters.simple(parameters);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    private static Optional<LocalDate> date(QueryParameters parameters, String name) {
        return parameters.getSingleParameter(name).flatMap(value -> {
            try {
                return Optional.of(LocalDate.parse(value));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }

    private static Optional<Long> number(String value) {
        try {
            return Optional.of(Long.valueOf(value));
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
        return getTranslation("nav.history");
    }

    HistoryFilter filter() {
        return filter;
    }
}
