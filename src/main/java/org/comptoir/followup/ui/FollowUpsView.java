package org.comptoir.followup.ui;

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
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.comptoir.base.ComptoirProperties;
import org.comptoir.followup.FollowUpDetails;
import org.comptoir.followup.FollowUpService;
import org.comptoir.security.AppRoles;
import org.jspecify.annotations.Nullable;

/**
 * My follow-ups: the open requests that need an answer, overdue first. Directors and admins see
 * everyone's and may narrow them to one owner ({@code follow-ups?owner=counsellor}).
 */
@Route(FollowUpsView.ROUTE)
@RolesAllowed({AppRoles.COUNSELLOR, AppRoles.DIRECTOR, AppRoles.ADMIN})
@Menu(title = "followup.nav", order = 12, icon = "vaadin:bell")
class FollowUpsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ROUTE = "follow-ups";
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    final ComboBox<String> owner = new ComboBox<>();
    final Grid<FollowUpDetails> grid = new Grid<>();

    private final FollowUpService followUps;
    private final ZoneId zone;
    private final boolean manager;
    private @Nullable String ownerFilter;

    FollowUpsView(FollowUpService followUps, ComptoirProperties properties) {
        this.followUps = followUps;
        this.zone = properties.timeZone();
        this.manager = followUps.seesEveryone();
        addClassName("follow-ups-view");
        setSizeFull();

        owner.setLabel(getTranslation("followup.owner.filter"));
        owner.setPlaceholder(getTranslation("followup.owner.everyone"));
        owner.setClearButtonVisible(true);
        owner.setVisible(manager);
        if (manager) {
            owner.setItems(followUps.owners());
        }
        owner.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                getUI().ifPresent(ui -> ui.navigate(
                        ROUTE,
                        e.getValue() == null ? QueryParameters.empty() : QueryParameters.of("owner", e.getValue())));
            }
        });
        var intro = new Span(getTranslation(manager ? "followup.intro.managers" : "followup.intro"));
        intro.addClassName("follow-ups-intro");
        var toolbar = new HorizontalLayout(intro, owner);
        toolbar.setWidthFull();
        toolbar.setAlignItems(Alignment.END);
        toolbar.setJustifyContentMode(JustifyContentMode.BETWEEN);

        configureGrid();
        add(toolbar, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ownerFilter = manager
                ? event.getLocation()
                        .getQueryParameters()
                        .getSingleParameter("owner")
                        .orElse(null)
                : null;
        owner.setValue(ownerFilter);
        grid.getDataProvider().refreshAll();
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        // widths in rem: the header's smaller font would make "em" columns narrower than their cells
        grid.addComponentColumn(this::dueMark)
                .setHeader(getTranslation("followup.due"))
                .setWidth("14rem")
                .setFlexGrow(0);
        grid.addColumn(f -> getTranslation("followup.kind." + f.kind().name()))
                .setHeader(getTranslation("followup.kind"))
                .setFlexGrow(2);
        grid.addColumn(FollowUpDetails::owner)
                .setHeader(getTranslation("followup.owner"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(f -> WHEN.format(f.createdAt().atZone(zone)) + " · " + f.createdBy())
                .setHeader(getTranslation("followup.recorded"))
                .setFlexGrow(1);
        grid.addComponentColumn(this::openButton).setWidth("5rem").setFlexGrow(0);
        grid.setItems(
                query -> followUps.open(ownerFilter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setEmptyStateText(getTranslation("followup.none"));
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setPartNameGenerator(f -> f.overdue() ? "overdue" : null);
    }

    private Component dueMark(FollowUpDetails followUp) {
        var day = new Span(DAY.format(followUp.dueDate()));
        if (!followUp.overdue()) {
            return day;
        }
        var mark = new Span(VaadinIcon.EXCLAMATION_CIRCLE.create(), day, new Span(getTranslation("followup.overdue")));
        mark.addClassName("overdue-mark");
        return mark;
    }

    private Component openButton(FollowUpDetails followUp) {
        var button = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> open(followUp));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(getTranslation("followup.open"));
        button.setTooltipText(getTranslation("followup.open"));
        return button;
    }

    private void open(FollowUpDetails followUp) {
        getUI().ifPresent(ui -> ui.navigate(ROUTE + "/" + followUp.id()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("followup.nav");
    }
}
