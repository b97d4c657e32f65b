package org.comptoir.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.comptoir.base.ComptoirProperties;
import org.comptoir.base.ui.DatePickers;
import org.comptoir.report.Comparison;
import org.comptoir.report.Glance;
import org.comptoir.report.ReportColumn.Format;
import org.comptoir.report.ReportFilter;
import org.comptoir.report.ReportKind;
import org.comptoir.report.ReportNumbers;
import org.comptoir.report.ReportPeriod;
import org.comptoir.report.ReportService;
import org.comptoir.report.export.ReportExports;
import org.comptoir.security.AppRoles;

/**
 * The director's home: this month against the same month last year at a glance, each figure a link to the
 * report behind it, the seven reports, and the Qualité Tourisme annual review.
 */
@Route("reports")
@RolesAllowed({AppRoles.DIRECTOR, AppRoles.ADMIN})
@Menu(title = "nav.reports", order = 30, icon = "vaadin:chart")
class ReportsView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    Anchor visitors = new Anchor();
    Anchor countries = new Anchor();
    Anchor europeans = new Anchor();
    Anchor stay = new Anchor();
    /** The Qualité Tourisme annual review: its year, and the PDF of that year. */
    final Select<Integer> reviewYear = new Select<>();

    final Anchor review;

    private final ReportService reports;
    private final ReportExports exports;
    private final Clock clock;
    private final ZoneId zone;
    private final Locale locale;

    ReportsView(ReportService reports, ReportExports exports, Clock clock, ComptoirProperties properties) {
        this.reports = reports;
        this.exports = exports;
        this.clock = clock;
        this.zone = properties.timeZone();
        this.locale = getLocale();
        addClassName("page");
        addClassName("reports-home");
        reviewYear.setLabel(getTranslation("report.ui.review.year"));
        reviewYear.addClassName("review-year");
        // the year asked for is read when the file is asked for, outside the UI's lock
        var asked = new AtomicInteger();
        reviewYear.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                asked.set(e.getValue());
            }
        });
        DownloadHandler pdf = event -> {
            var result = reports.annualReview(asked.get(), locale);
            event.setFileName(ReportExports.pdfName(result));
            event.setContentType(ReportExports.PDF_TYPE);
            exports.pdf(result, locale, event.getOutputStream());
        };
        review = new Anchor(pdf, AttachmentType.DOWNLOAD, getTranslation("report.ui.review.download"));
        review.addComponentAsFirst(VaadinIcon.FILE_O.create());
        review.addClassName("report-export");
        review.addClassName("review-download");
    }

    /** Counted again on every visit, also when the menu leads back here from here. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var today = LocalDate.now(clock.withZone(zone));
        var glance = reports.glance(YearMonth.from(today), locale);
        var monthState = new ReportState(
                ReportKind.ORIGINS,
                ReportPeriod.month(glance.month()),
                ReportFilter.ALL,
                Comparison.previousYear(),
                false);

        var heading = new H2(DatePickers.capitalized(
                getTranslation(
                        "report.ui.home.title",
                        monthName(glance.month()),
                        monthName(glance.month().minusYears(1))),
                locale));
        heading.addClassName("reports-home-title");
        add(heading);
        if (!glance.period().to().equals(glance.month().atEndOfMonth())) {
            var partial = new Paragraph(getTranslation(
                    "report.ui.home.partial", glance.period().to().getDayOfMonth()));
            partial.addClassName("reports-home-note");
            add(partial);
        }

        visitors = card(monthState, "report.ui.home.visitors", visitorsBody(glance));
        countries = card(monthState, "report.ui.home.countries", countriesBody(glance));
        var recovery = new ReportState(
                ReportKind.RECOVERY,
                ReportPeriod.years(glance.referenceYear(), glance.month().getYear()),
                ReportFilter.ALL,
                Comparison.referenceYear(glance.referenceYear()),
                false);
        europeans = card(recovery, "report.ui.home.europeans", europeansBody(glance));
        stay = card(monthState.withKind(ReportKind.STAY), "report.ui.home.stay", stayBody(glance));
        stay.addClassName("glance-wide");
        var cards = new Div(visitors, countries, europeans, stay);
        cards.addClassName("glance-cards");
        add(cards);

        var all = new H2(getTranslation("report.ui.home.reports"));
        all.addClassName("reports-home-subtitle");
        add(all, entries(today));
        add(annualReview(today));
    }

    private Anchor card(ReportState target, String titleKey, Component body) {
        var title = new H3(getTranslation(titleKey));
        var open = new Span(getTranslation("report.ui.home.open"));
        open.addClassName("glance-open");
        var card = new Anchor(href(target), title, body, open);
        card.addClassName("glance-card");
        return card;
    }

    private static String href(ReportState target) {
        return target.route() + "?" + target.query().getQueryString();
    }

    private Component visitorsBody(Glance glance) {
        var figure = new Span(ReportNumbers.format(glance.visitors(), Format.COUNT, locale));
        figure.addClassName("glance-figure");
        var body = new Div(figure);
        if (glance.visitorsLastYear() > 0) {
            body.add(change(glance.visitors(), glance.visitorsLastYear()));
        }
        var lastYear = new Span(getTranslation(
                "report.ui.home.last-year",
                ReportNumbers.format(glance.visitorsLastYear(), Format.COUNT, locale),
                monthName(glance.month().minusYears(1))));
        lastYear.addClassName("glance-note");
        body.add(lastYear);
        return body;
    }

    /** "+12,0 %" in green or "−3,0 %" in red, with words for screen readers. */
    private Span change(long now, long before) {
        var percent = (now - before) * 100.0 / before;
        var change = new Span(ReportNumbers.format(percent, Format.CHANGE, locale));
        change.addClassName("glance-change");
        change.addClassName(percent >= 0 ? "up" : "down");
        change.getElement().setAttribute("title", getTranslation("report.ui.home.change-hint"));
        return change;
    }

    private Component countriesBody(Glance glance) {
        if (glance.topCountries().isEmpty()) {
            return empty();
        }
        var list = new OrderedList();
        list.addClassName("glance-countries");
        for (var country : glance.topCountries()) {
            var name = new Span(country.label());
            var value = new Span(ReportNumbers.format(country.value(), Format.COUNT, locale));
            value.addClassName("number");
            var item = new ListItem(name, value);
            if (country.lastYear() > 0) {
                item.add(change(country.value(), country.lastYear()));
            }
            list.add(item);
        }
        return list;
    }

    private Component europeansBody(Glance glance) {
        var body = new Div();
        if (glance.europeanIndex() == null) {
            var none = new Span(getTranslation("report.ui.home.no-index", glance.referenceYear()));
            none.addClassName("glance-note");
            body.add(none);
            return body;
        }
        var figure = new Span(ReportNumbers.format(glance.europeanIndex(), Format.INDEX, locale));
        figure.addClassName("glance-figure");
        var hint = new Span(getTranslation(
                "report.ui.home.index-hint", monthName(glance.month().withYear(glance.referenceYear()))));
        hint.addClassName("glance-note");
        body.add(figure, hint);
        return body;
    }

    private Component stayBody(Glance glance) {
        if (glance.stayMix().stream().allMatch(s -> s.percent() == 0 && s.percentLastYear() == 0)) {
            return empty();
        }
        var body = new Div();
        body.addClassName("glance-shares");
        for (var share : glance.stayMix()) {
            var label = new Span(share.label());
            label.addClassName("glance-share-label");
            var bar = new Div();
            bar.addClassName("glance-bar");
            bar.getStyle().set("width", Math.max(0, Math.min(100, share.percent())) + "%");
            var track = new Div(bar);
            track.addClassName("glance-track");
            var value = new Span(ReportNumbers.format(share.percent(), Format.PERCENT, locale));
            value.addClassName("number");
            var before = new Span(getTranslation(
                    "report.ui.home.share-last-year",
                    ReportNumbers.format(share.percentLastYear(), Format.PERCENT, locale)));
            before.addClassName("glance-note");
            var row = new Div(label, track, value, before);
            row.addClassName("glance-share");
            body.add(row);
        }
        return body;
    }

    /** The Qualité Tourisme annual review: a year (the last whole one first), and its PDF. */
    private Component annualReview(LocalDate today) {
        var years = new ArrayList<Integer>();
        for (int year = today.getYear(); year >= Math.min(reports.firstYear(), today.getYear() - 1); year--) {
            years.add(year);
        }
        reviewYear.setItems(years);
        reviewYear.setValue(today.getYear() - 1);
        var title = new H2(getTranslation("report.ui.review"));
        title.addClassName("reports-home-subtitle");
        var hint = new Paragraph(getTranslation("report.ui.review.hint"));
        hint.addClassName("reports-home-note");
        var row = new Div(reviewYear, review);
        row.addClassName("review-row");
        var block = new Div(title, hint, row);
        block.addClassName("annual-review");
        return block;
    }

    private Span empty() {
        var none = new Span(getTranslation("report.ui.home.no-data"));
        none.addClassName("glance-note");
        return none;
    }

    /** The seven reports, each opening on its default period. */
    private Component entries(LocalDate today) {
        var entries = new Div();
        entries.addClassName("report-entries");
        for (var kind : ReportKind.values()) {
            var title = new H3(getTranslation(kind.titleKey()));
            var hint = new Span(getTranslation("report.ui.kind." + kind.slug() + ".hint"));
            var entry = new Anchor(
                    href(ReportState.defaults(kind, today)), icon(kind).create(), title, hint);
            entry.addClassName("report-entry");
            entries.add(entry);
        }
        return entries;
    }

    private static VaadinIcon icon(ReportKind kind) {
        return switch (kind) {
            case ORIGINS -> VaadinIcon.GLOBE;
            case RECOVERY -> VaadinIcon.TRENDING_UP;
            case STAY -> VaadinIcon.BED;
            case INTERESTS -> VaadinIcon.HEART_O;
            case ACTIVITY -> VaadinIcon.CLOCK;
            case SUGGESTIONS -> VaadinIcon.STAR_O;
            case LISTENING -> VaadinIcon.COMMENTS_O;
        };
    }

    private String monthName(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + month.getYear();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.reports");
    }
}
