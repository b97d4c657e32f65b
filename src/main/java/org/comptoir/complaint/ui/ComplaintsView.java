package org.comptoir.complaint.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.comptoir.complaint.ComplaintDetails;
import org.comptoir.complaint.ComplaintService;
import org.comptoir.complaint.ComplaintStatus;
import org.comptoir.security.AppRoles;

/**
 * The complaints register ({@code complaints?status=answered}): those awaiting their answer by default, the late ones
 * first and marked. Directors and admins see all; others those they recorded or own.
 */
@Route(ComplaintsView.ROUTE)
@RolesAllowed({AppRoles.COUNSELLOR, AppRoles.DIRECTOR, AppRoles.ADMIN})
@Menu(title = "complaint.nav", order = 13, icon = "vaadin:comment-ellipsis-o")
class ComplaintsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ROUTE = "complaints";
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** What the list shows, as the address names it ({@code ?status=closed}). */
    enum Filter {
        OPEN(EnumSet.of(ComplaintStatus.RECEIVED, ComplaintStatus.ACKNOWLEDGED)),
        ANSWERED(EnumSet.of(ComplaintStatus.ANSWERED)),
        CLOSED(EnumSet.of(ComplaintStatus.CLOSED)),
        ALL(EnumSet.noneOf(ComplaintStatus.class));

        final Set<ComplaintStatus> statuses;

        Filter(Set<ComplaintStatus> statuses) {
            this.statuses = statuses;
        }

        String parameter() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Filter of(String parameter) {
            for (var filter : values()) {
                if (filter.parameter().equals(parameter)) {
                    return filter;
                }
            }
            return OPEN;
        }
    }

    final ComboBox<Filter> status = new ComboBox<>();
    final Button create = new Button();
    final Grid<ComplaintDetails> grid = new Grid<>();

    private final ComplaintService complaints;
    private Filter filter = Filter.OPEN;

    ComplaintsView(ComplaintService complaints) {
        this.complaints = complaints;
        addClassName("complaints-view");
        setSizeFull();

        status.setLabel(getTranslation("complaint.filter"));
        status.setItems(Filter.values());
        status.setItemLabelGenerator(f -> getTranslation("complaint.filter." + f.name()));
        status.setValue(Filter.OPEN);
        status.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                var chosen = e.getValue() == null ? Filter.OPEN : e.getValue();
                getUI().ifPresent(ui -> ui.navigate(ROUTE, QueryParameters.of("status", chosen.parameter())));
            }
        });
        create.setText(getTranslation("complaint.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ComplaintFormView.ROUTE)));
        var intro =
                new Span(getTranslation(complaints.seesEveryone() ? "complaint.intro.managers" : "complaint.intro"));
        intro.addClassName("complaints-intro");
        var toolbar = new HorizontalLayout(intro, status, create);
        toolbar.setWidthFull();
        toolbar.setAlignItems(Alignment.END);
        toolbar.expand(intro);

        configureGrid();
        add(toolbar, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = Filter.of(event.getLocation()
                .getQueryParameters()
                .getSingleParameter("status")
                .orElse(""));
        status.setValue(filter);
        grid.getDataProvider().refreshAll();
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        grid.addComponentColumn(this::dueMark)
                .setHeader(getTranslation("complaint.due"))
                .setWidth("13rem")
                .setFlexGrow(0);
        grid.addColumn(c -> getTranslation("complaint.status." + c.status().name()))
                .setHeader(getTranslation("complaint.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> getTranslation("complaint.kind." + c.kind().name()) + " · "
                        + getTranslation("complaint.category." + c.category().name()))
                .setHeader(getTranslation("complaint.category"))
                .setFlexGrow(2);
        grid.addColumn(c -> DAY.format(c.receivedOn()) + " · "
                        + getTranslation("complaint.channel." + c.channel().name()))
                .setHeader(getTranslation("complaint.received"))
                .setFlexGrow(1);
        grid.addColumn(ComplaintDetails::owner)
                .setHeader(getTranslation("complaint.owner"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::openButton).setWidth("5rem").setFlexGrow(0);
        grid.setItems(
                query -> complaints.list(filter.statuses, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setEmptyStateText(getTranslation("complaint.none"));
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setPartNameGenerator(c -> c.overdue() ? "overdue" : null);
    }

    private Component dueMark(ComplaintDetails complaint) {
        var day = new Span(DAY.format(complaint.dueDate()));
        if (!complaint.overdue()) {
            return day;
        }
        var mark = new Span(VaadinIcon.EXCLAMATION_CIRCLE.create(), day, new Span(getTranslation("complaint.overdue")));
        mark.addClassName("overdue-mark");
        return mark;
    }

    private Component openButton(ComplaintDetails complaint) {
        var button = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> open(complaint));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(getTranslation("complaint.open"));
        button.setTooltipText(getTranslation("complaint.open"));
        return button;
    }

    private void open(ComplaintDetails complaint) {
        getUI().ifPresent(ui -> ui.navigate(ROUTE + "/" + complaint.id()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("complaint.nav");
    }
}
