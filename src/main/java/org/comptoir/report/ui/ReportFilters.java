package org.comptoir.report.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.comptoir.report.Comparison;
import org.comptoir.report.ReportFilter;
import org.comptoir.security.DeskDirectory.DeskOption;
import org.comptoir.security.OfficeDirectory.OfficeOption;
import org.comptoir.visit.Channel;
import org.comptoir.visit.VisitorType;

/**
 * The filters every report has (desk, channel, visitor type), what it is compared with, and whether world
 * regions are split into the finer UN M49 sub-regions.
 */
class ReportFilters extends Composite<Div> {

    final Select<DeskOption> desk = new Select<>();
    final Select<Channel> channel = new Select<>();
    final Select<VisitorType> visitorType = new Select<>();
    final Select<Comparison.Kind> compare = new Select<>();
    final Select<Integer> referenceYear = new Select<>();
    final Checkbox fineRegions = new Checkbox();
    /** The network director's (issue 16): one office's figures, or the network's then each office's. */
    final Select<OfficeOption> office = new Select<>();

    final Checkbox byOffice = new Checkbox();

    private final List<DeskOption> desks;
    private final List<OfficeOption> offices;
    private final Runnable onChange;
    private boolean filling;

    /** {@code offices}: those the reader may filter on and split by; none hides both fields. */
    ReportFilters(List<DeskOption> desks, List<OfficeOption> offices, List<Integer> years, Runnable onChange) {
        this.desks = desks;
        this.offices = offices;
        office.setLabel(getTranslation("report.ui.filter.office"));
        office.setItems(offices);
        office.setItemLabelGenerator(o -> o == null ? getTranslation("report.ui.filter.network") : o.name());
        office.setEmptySelectionAllowed(true);
        office.setEmptySelectionCaption(getTranslation("report.ui.filter.network"));
        office.setVisible(!offices.isEmpty());
        byOffice.setLabel(getTranslation("report.ui.filter.by-office"));
        byOffice.setVisible(!offices.isEmpty());
        this.onChange = onChange;
        desk.setLabel(getTranslation("report.ui.filter.desk"));
        desk.setItems(desks);
        desk.setItemLabelGenerator(d -> d == null ? getTranslation("report.ui.filter.all") : d.name());
        allowAll(desk);
        channel.setLabel(getTranslation("report.ui.filter.channel"));
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(
                c -> c == null ? getTranslation("report.ui.filter.all") : getTranslation("Channel." + c.name()));
        allowAll(channel);
        visitorType.setLabel(getTranslation("report.ui.filter.visitor-type"));
        visitorType.setItems(VisitorType.values());
        visitorType.setItemLabelGenerator(
                t -> t == null ? getTranslation("report.ui.filter.all") : getTranslation("VisitorType." + t.name()));
        allowAll(visitorType);
        compare.setLabel(getTranslation("report.ui.filter.compare"));
        compare.addClassName("report-compare");
        compare.setItems(Comparison.Kind.values());
        compare.setItemLabelGenerator(k -> getTranslation("report.ui.compare." + k.name()));
        referenceYear.setLabel(getTranslation("report.ui.filter.reference-year"));
        referenceYear.setItems(years);
        referenceYear.setItemLabelGenerator(String::valueOf);
        fineRegions.setLabel(getTranslation("report.ui.filter.fine-regions"));

        var root = getContent();
        root.addClassName("report-filters");
        root.add(office, desk, channel, visitorType, compare, referenceYear, fineRegions, byOffice);
        compare.addValueChangeListener(e -> referenceYear.setVisible(e.getValue() == Comparison.Kind.REFERENCE_YEAR));
        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(
                office, desk, channel, visitorType, compare, referenceYear, fineRegions, byOffice)) {
            field.addValueChangeListener(e -> {
                if (!filling) {
                    onChange.run();
                }
            });
        }
    }

    private void allowAll(Select<?> select) {
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("report.ui.filter.all"));
    }

    /** Shows the state's filters without handing them back. */
    void setValue(ReportState state) {
        filling = true;
        try {
            var filter = state.filter();
            desk.setValue(
                    filter.deskId() == null
                            ? null
                            : desks.stream()
                                    .filter(d -> d.id() == filter.deskId())
                                    .findFirst()
                                    .orElse(null));
            channel.setValue(filter.channel());
            visitorType.setValue(filter.visitorType());
            compare.setValue(state.comparison().kind());
            var reference = state.comparison().referenceYear();
            if (!referenceYear.getListDataView().contains(reference)) {
                referenceYear.getListDataView().addItem(reference);
            }
            referenceYear.setValue(reference);
            referenceYear.setVisible(state.comparison().kind() == Comparison.Kind.REFERENCE_YEAR);
            fineRegions.setValue(state.fineRegions());
            office.setValue(
                    filter.officeId() == null
                            ? null
                            : offices.stream()
                                    .filter(o -> o.id() == filter.officeId())
                                    .findFirst()
                                    .orElse(null));
            byOffice.setValue(state.byOffice());
            byOffice.setEnabled(filter.officeId() == null);
        } finally {
            filling = false;
        }
    }

    ReportFilter filter() {
        return new ReportFilter(
                desk.getValue() == null ? null : desk.getValue().id(),
                channel.getValue(),
                visitorType.getValue(),
                office.getValue() == null ? null : office.getValue().id());
    }

    /** The network's report, then each office's; never within one office. */
    boolean byOffice() {
        return byOffice.getValue() && office.getValue() == null;
    }

    Comparison comparison() {
        var year = referenceYear.getValue() == null ? Comparison.DEFAULT_REFERENCE_YEAR : referenceYear.getValue();
        return switch (compare.getValue() == null ? Comparison.Kind.NONE : compare.getValue()) {
            case NONE -> Comparison.none();
            case PREVIOUS_YEAR -> Comparison.previousYear();
            case REFERENCE_YEAR -> Comparison.referenceYear(year);
        };
    }

    boolean fineRegions() {
        return fineRegions.getValue();
    }
}
