package org.comptoir.report.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.Locale;
import org.comptoir.report.ReportNumbers;
import org.comptoir.report.ReportSection;
import org.comptoir.report.export.ReportCharts;

/**
 * One section of a report: its title, what its numbers count, its chart and the table behind the chart.
 */
class SectionPanel extends Composite<Section> {

    final Image chart;
    final NativeTable table = new NativeTable();

    SectionPanel(ReportSection section, ReportCharts charts, Locale locale) {
        var root = getContent();
        root.addClassName("report-section");
        var title = new H3(section.title());
        var measure = new Span(section.measureLabel());
        measure.addClassName("report-measure");
        var heading = new Div(title, measure);
        heading.addClassName("report-section-heading");
        root.add(heading);

        // drawn when the browser asks for it, from the section already computed
        DownloadHandler png = event -> {
            event.setContentType("image/png");
            event.getOutputStream().write(charts.png(section, locale));
        };
        chart = new Image(png, getTranslation("report.ui.chart.alt", section.title()));
        var size = charts.size(section);
        chart.addClassName("report-chart");
        // the chart's own proportions, so the page does not jump when the picture arrives
        chart.getStyle().set("aspect-ratio", size.width + " / " + size.height);
        chart.getStyle().set("max-width", size.width + "px");
        chart.setVisible(ReportCharts.drawn(section));
        root.add(chart);

        table.addClassName("report-table");
        // the table's title for assistive technology: the section's heading (RGAA 5.4)
        table.getElement().setAttribute("aria-label", section.title());
        var header = table.getHead().addRow();
        header.addHeaderCell().setText(section.rowHeader());
        for (var column : section.columns()) {
            var cell = header.addHeaderCell();
            cell.setText(column.header());
            cell.addClassName("number");
        }
        var body = table.getBody();
        for (var row : section.rows()) {
            var line = body.addRow();
            if (row.total()) {
                line.addClassName("total");
            }
            var label = line.addHeaderCell();
            label.setText(row.label());
            label.getElement().setAttribute("scope", "row");
            for (int c = 0; c < section.columns().size(); c++) {
                var cell = line.addDataCell();
                cell.setText(ReportNumbers.format(
                        row.values().get(c), section.columns().get(c).format(), locale));
                cell.addClassName("number");
            }
        }
        if (section.rows().isEmpty()) {
            var empty = new Span(getTranslation("report.ui.empty"));
            empty.addClassName("report-empty");
            root.add(empty);
        } else {
            var scroller = new Div(table);
            scroller.addClassName("report-table-scroller");
            // on a phone the table scrolls sideways in its box: the keyboard must reach it
            scroller.getElement().setAttribute("tabindex", "0");
            scroller.getElement().setAttribute("role", "region");
            scroller.getElement().setAttribute("aria-label", section.title());
            root.add(scroller);
        }
    }
}
