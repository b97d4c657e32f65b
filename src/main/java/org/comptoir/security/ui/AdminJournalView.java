package org.comptoir.security.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import org.comptoir.base.ComptoirProperties;
import org.comptoir.security.AdminAudit;
import org.comptoir.security.AdminAuditEntry;
import org.comptoir.security.AdminAuditFilter;
import org.comptoir.security.AdminAuditKind;
import org.comptoir.security.AppRoles;

/**
 * Admin › Journal: the admin audit, newest first, by kind and by user (review finding 13). Lazy: the grid
 * asks for a page at a time.
 */
@Route("admin/journal")
@RolesAllowed(AppRoles.ADMIN)
@Menu(title = "journal.nav", order = 57, icon = "vaadin:notebook")
class AdminJournalView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    final ComboBox<AdminAuditKind> kind = new ComboBox<>();
    final ComboBox<String> user = new ComboBox<>();
    final Grid<AdminAuditEntry> grid = new Grid<>();

    private final AdminAudit audit;
    private final ZoneId zone;

    AdminJournalView(AdminAudit audit, ComptoirProperties properties) {
        this.audit = audit;
        this.zone = properties.timeZone();
        addClassName("admin-journal-view");
        setSizeFull();

        kind.setLabel(getTranslation("journal.kind"));
        kind.setItems(Arrays.asList(AdminAuditKind.values()));
        kind.setItemLabelGenerator(this::kindLabel);
        kind.setClearButtonVisible(true);
        kind.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        user.setLabel(getTranslation("journal.user"));
        user.setItems(audit.users());
        user.setClearButtonVisible(true);
        user.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        grid.addColumn(entry -> entry.at().atZone(zone).format(WHEN))
                .setHeader(getTranslation("journal.at"))
                .setWidth("11em")
                .setFlexGrow(0);
        grid.addColumn(AdminAuditEntry::by)
                .setHeader(getTranslation("journal.by"))
                .setWidth("9em")
                .setFlexGrow(0);
        grid.addColumn(entry -> kindLabel(entry.kind()))
                .setHeader(getTranslation("journal.kind"))
                .setWidth("11em")
                .setFlexGrow(0);
        grid.addColumn(entry -> entry.targetId() == null ? "" : entry.targetId())
                .setHeader(getTranslation("journal.target"))
                .setWidth("6em")
                .setFlexGrow(0);
        grid.addColumn(AdminAuditEntry::summary)
                .setHeader(getTranslation("journal.summary"))
                .setFlexGrow(1);
        grid.setItems(
                query -> audit
                        .page(
                                new AdminAuditFilter(kind.getValue(), user.getValue()),
                                query.getOffset(),
                                query.getLimit())
                        .stream());

        add(new HorizontalLayout(kind, user), grid);
    }

    private String kindLabel(AdminAuditKind value) {
        return getTranslation("journal.kind." + value.name());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("journal.nav");
    }
}
