package org.comptoir.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.comptoir.base.ComptoirProperties;
import org.comptoir.base.RuleViolation;
import org.comptoir.report.Comparison;
import org.comptoir.report.ReportFilter;
import org.comptoir.report.ReportKind;
import org.comptoir.report.ReportRequest;
import org.comptoir.report.ReportResult;
import org.comptoir.report.ReportSection;
import org.comptoir.report.ReportService;
import org.comptoir.report.export.ReportCharts;
import org.comptoir.report.export.ReportExports;
import org.comptoir.security.AppRoles;
import org.comptoir.security.CurrentUser;
import org.comptoir.security.DeskDirectory;
import org.comptoir.security.DeskDirectory.DeskOption;
import org.comptoir.security.OfficeDirectory;
import org.comptoir.security.OfficeDirectory.OfficeOption;
import org.comptoir.security.OfficeScope;
import org.jspecify.annotations.Nullable;

/**
 * One report: the six reports in a row of tabs, the period and filters, each section's chart and table, and
 * the exports. The address holds the whole state ({@link ReportState}): every change is a new entry in the
 * browser's history, so the back button steps back through what was looked at.
 */
@Route(ReportView.ROUTE)
@RolesAllowed({AppRoles.DIRECTOR, AppRoles.ADMIN, AppRoles.NETWORK})
class ReportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "reports/:report";
    static final String ROUTE_PREFIX = "reports/";
    private static final String REPORT = "report";

    final ReportPeriodPicker period;
    final ReportFilters filters;
    final Map<ReportKind, Anchor> tabs = new EnumMap<>(ReportKind.class);
    final Div context = new Div();
    final Div sections = new Div();
    final Anchor csv;
    final Anchor xlsx;
    final Anchor pdf;

    private final ReportService reports;
    private final ReportCharts charts;
    private final List<DeskOption> desks;
    /** The offices the reader may filter on and split by: the network director's, when there are several. */
    private final List<OfficeOption> offices;

    private final Clock clock;
    private final ZoneId zone;
    private ReportState state;
    /** What the screen shows, read by the downloads, which run outside the UI lock. */
    private volatile @Nullable ReportResult result;

    ReportView(
            ReportService reports,
            ReportCharts charts,
            ReportExports exports,
            DeskDirectory deskDirectory,
            OfficeDirectory officeDirectory,
            OfficeScope scope,
            Clock clock,
            ComptoirProperties properties) {
        this.reports = reports;
        this.charts = charts;
        this.clock = clock;
        this.zone = properties.timeZone();
        this.desks = scope.reachable(deskDirectory.activeDesks(getLocale()));
        var allOffices = officeDirectory.allOffices();
        this.offices = CurrentUser.isNetwork() && allOffices.size() > 1 ? allOffices : List.of();
        this.state = ReportState.defaults(ReportKind.ORIGINS, today());
        addClassName("report-view");
        setPadding(true);

        var years = ReportPeriodPicker.years(
                Math.min(reports.firstYear(), Comparison.DEFAULT_REFERENCE_YEAR), today().getYear());
        period = new ReportPeriodPicker(
                years,
                chosen -> go(new ReportState(
                        state.kind(),
                        chosen,
                        state.filter(),
                        state.comparison(),
                        state.fineRegions(),
                        state.byOffice())));
        filters = new ReportFilters(desks, offices, years, this::filtersChanged);
        var controls = new Div(period, filters);
        controls.addClassName("report-controls");
        controls.getElement().setAttribute("role", "search");
        controls.getElement().setAttribute("aria-label", getTranslation("report.ui.filters"));

        var locale = getLocale();
        csv = export(
                "report.ui.export.csv",
                VaadinIcon.FILE_TEXT_O,
                ReportExports::csvName,
                ReportExports.CSV_TYPE,
                (r, out) -> exports.csv(r, locale, out));
        xlsx = export(
                "report.ui.export.xlsx",
                VaadinIcon.FILE_TABLE,
                ReportExports::xlsxName,
                ReportExports.XLSX_TYPE,
                exports::xlsx);
        pdf = export(
                "report.ui.export.pdf",
                VaadinIcon.FILE_O,
                ReportExports::pdfName,
                ReportExports.PDF_TYPE,
                (r, out) -> exports.pdf(r, locale, out));
        var exportRow = new Div(new Span(getTranslation("report.ui.export")), csv, xlsx, pdf);
        exportRow.addClassName("report-exports");
        context.addClassName("report-context");
        var summary = new Div(context, exportRow);
        summary.addClassName("report-summary");
        sections.addClassName("report-sections");

        add(tabs(), controls, summary, sections);
    }

    private Component tabs() {
        var nav = new Nav();
        nav.addClassName("report-tabs");
        nav.getElement().setAttribute("aria-label", getTranslation("report.ui.reports"));
        for (var kind : ReportKind.values()) {
            var tab = new Anchor(ROUTE_PREFIX + kind.slug(), getTranslation(kind.titleKey()));
            tab.addClassName("report-tab");
            tabs.put(kind, tab);
            nav.add(tab);
        }
        return nav;
    }

    private interface Writer {
        void write(ReportResult result, OutputStream out);
    }

    private Anchor export(
            String labelKey, VaadinIcon icon, Function<ReportResult, String> fileName, String type, Writer writer) {
        DownloadHandler download = event -> {
            var shown = result;
            if (shown == null) {
                event.getResponse().setStatus(404);
                return;
            }
            event.setFileName(fileName.apply(shown));
            event.setContentType(type);
            writer.write(shown, event.getOutputStream());
        };
        var link = new Anchor(download, AttachmentType.DOWNLOAD, getTranslation(labelKey));
        link.addComponentAsFirst(icon.create());
        link.addClassName("report-export");
        link.getElement().setAttribute("aria-label", getTranslation(labelKey + ".label"));
        return link;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var kind = event.getRouteParameters().get(REPORT).flatMap(ReportKind::fromSlug);
        if (kind.isEmpty()) {
            event.forwardTo(ReportsView.class);
            return;
        }
        show(ReportState.from(
                kind.get(),
                event.getLocation().getQueryParameters(),
                today(),
                id -> desks.stream().anyMatch(d -> d.id() == id),
                offices.stream().map(OfficeOption::id).collect(Collectors.toSet())));
    }

    private void filtersChanged() {
        go(new ReportState(
                state.kind(),
                state.period(),
                filters.filter(),
                filters.comparison(),
                filters.fineRegions(),
                filters.byOffice()));
    }

    /** A new state goes through the address, so that it becomes a step of the browser's history. */
    private void go(ReportState next) {
        getUI().ifPresent(ui -> ui.navigate(next.route(), next.query()));
    }

    private void show(ReportState shown) {
        state = shown;
        period.setValue(shown.period());
        filters.setValue(shown);
        for (var entry : tabs.entrySet()) {
            var target = shown.withKind(entry.getKey());
            entry.getValue().setHref(target.route() + "?" + target.query().getQueryString());
            var current = entry.getKey() == shown.kind();
            entry.getValue().getElement().setAttribute("aria-current", current ? "page" : "false");
        }
        context.removeAll();
        sections.removeAll();
        try {
            var computed = reports.report(shown.request(), getLocale());
            result = computed;
            for (var line : computed.context()) {
                context.add(new Paragraph(line));
            }
            if (shown.byOffice()) {
                showByOffice(shown, computed);
            } else {
                for (var section : computed.sections()) {
                    sections.add(new SectionPanel(section, charts, getLocale()));
                }
            }
        } catch (RuleViolation refused) {
            result = null;
            period.showError(getTranslation(refused.messageKey(), refused.arguments()));
        }
        for (var link : List.of(csv, xlsx, pdf)) {
            link.setEnabled(result != null);
        }
    }

    /**
     * The split by office (issue 16): the network's report, then each office's under its name, the same report
     * for every office so that they read side by side. The downloads hold them all, each table titled with its
     * part's name.
     */
    private void showByOffice(ReportState shown, ReportResult network) {
        var networkName = getTranslation("report.ui.by-office.network");
        sections.add(officePart(networkName, network));
        var all = new ArrayList<ReportSection>(titled(networkName, network));
        var filter = shown.filter();
        for (var office : offices) {
            var ofOffice = new ReportFilter(filter.deskId(), filter.channel(), filter.visitorType(), office.id());
            var request =
                    new ReportRequest(shown.kind(), shown.period(), ofOffice, shown.comparison(), shown.fineRegions());
            var report = reports.report(request, getLocale());
            sections.add(officePart(office.name(), report));
            all.addAll(titled(office.name(), report));
        }
        result = new ReportResult(network.kind(), network.title(), network.context(), network.fileStem(), all);
    }

    /** A part's tables as the downloads hold them: "Office du Sancy — Visiteurs par pays". */
    private static List<ReportSection> titled(String part, ReportResult report) {
        return report.sections().stream()
                .map(s -> new ReportSection(
                        part + " — " + s.title(),
                        s.measure(),
                        s.measureLabel(),
                        s.rowHeader(),
                        s.columns(),
                        s.rows(),
                        s.chart()))
                .toList();
    }

    private Component officePart(String name, ReportResult report) {
        var part = new Section();
        part.addClassName("report-office");
        var heading = new H2(name);
        heading.addClassName("report-office-name");
        part.add(heading);
        for (var section : report.sections()) {
            part.add(new SectionPanel(section, charts, getLocale()));
        }
        return part;
    }

    ReportState state() {
        return state;
    }

    @Nullable
    ReportResult result() {
        return result;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(state.kind().titleKey());
    }
}
