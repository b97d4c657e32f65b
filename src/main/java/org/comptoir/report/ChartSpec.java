package org.comptoir.report;

import java.util.List;

/**
 * How to draw a section: the chart type, the columns drawn as series (indexes into the section's columns;
 * total rows are never drawn), the axis labels.
 */
public record ChartSpec(Type type, List<Integer> seriesColumns, String categoryAxis, String valueAxis) {

    public enum Type {
        /** vertical bars, one group per row, one bar per series */
        BAR,
        /** horizontal bars, for long labels such as countries or attractions */
        HORIZONTAL_BAR,
        /** one line per series, rows along the horizontal axis (years, months) */
        LINE,
        /** rows stacked in each series column, each column totalling 100 % (shares over years) */
        STACKED_SHARE,
        /** rows × columns drawn as a grid of shaded cells (hours × weekdays) */
        HEATMAP
    }
}
