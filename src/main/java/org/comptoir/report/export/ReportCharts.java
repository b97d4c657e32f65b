package org.comptoir.report.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.comptoir.report.ChartSpec;
import org.comptoir.report.ReportColumn.Format;
import org.comptoir.report.ReportNumbers;
import org.comptoir.report.ReportRow;
import org.comptoir.report.ReportSection;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.category.AbstractCategoryItemRenderer;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.springframework.stereotype.Component;

/**
 * Draws a report section's chart as its {@link ChartSpec} says, with JFreeChart: as a PNG for the screen
 * (twice the pixels, sharp on high-density screens) or on any {@link Graphics2D}, such as a PDF page's.
 * Total rows are never drawn. Colours are the Okabe–Ito palette, which colour-blind readers tell apart.
 */
@Component
public class ReportCharts {

    /** Okabe–Ito, in the order series get them; yellow last, as it is faint on white. */
    static final List<Color> PALETTE = List.of(
            new Color(0x0072B2),
            new Color(0xE69F00),
            new Color(0x009E73),
            new Color(0xD55E00),
            new Color(0xCC79A7),
            new Color(0x56B4E9),
            new Color(0x000000),
            new Color(0xF0E442));

    private static final Color INK = new Color(0x22, 0x22, 0x22);
    private static final Color MUTED = new Color(0x55, 0x5b, 0x60);
    private static final Color GRID = new Color(0xdd, 0xe1, 0xe4);
    /** Heat map cells go from nearly white to the palette's blue. */
    private static final Color HEAT_LOW = new Color(0xf1, 0xf6, 0xfa);

    private static final Color HEAT_HIGH = PALETTE.getFirst();

    /** The width a chart is drawn for, in CSS pixels: the report's column on a desk monitor. */
    public static final int WIDTH = 960;

    private static final int SCALE = 2;
    /** Above this many bars or points, value labels would overlap: the axis and the table say the rest. */
    private static final int MAX_LABELLED_ITEMS = 36;

    private static final int MAX_LABELLED_CELLS = 24 * 8;

    private static final String FAMILY = family();

    /** The size to draw a section's chart at, in CSS pixels: long lists of bars get taller charts. */
    public Dimension size(ReportSection section) {
        var rows = drawnRows(section).size();
        var series = section.chart().seriesColumns().size();
        var height = switch (section.chart().type()) {
            case HORIZONTAL_BAR -> Math.max(240, 90 + rows * (series * 16 + 10));
            case HEATMAP -> Math.max(240, 110 + rows * 24);
            case BAR, LINE, STACKED_SHARE -> 380;
        };
        return new Dimension(WIDTH, Math.min(height, 1400));
    }

    /** The chart as a PNG of twice the given size. */
    public byte[] png(ReportSection section, Locale locale) {
        var size = size(section);
        var image = new BufferedImage(size.width * SCALE, size.height * SCALE, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            graphics.scale(SCALE, SCALE);
            draw(section, locale, graphics, new Rectangle2D.Double(0, 0, size.width, size.height));
        } finally {
            graphics.dispose();
        }
        var out = new ByteArrayOutputStream(64 * 1024);
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Draws the chart on any canvas: the screen's image or a PDF page. */
    public void draw(ReportSection section, Locale locale, Graphics2D graphics, Rectangle2D area) {
        chart(section, locale).draw(graphics, area);
    }

    JFreeChart chart(ReportSection section, Locale locale) {
        var chart = switch (section.chart().type()) {
            case BAR -> bars(section, locale, PlotOrientation.VERTICAL);
            case HORIZONTAL_BAR -> bars(section, locale, PlotOrientation.HORIZONTAL);
            case LINE -> lines(section, locale);
            case STACKED_SHARE -> shares(section, locale);
            case HEATMAP -> heatmap(section, locale);
        };
        theme().apply(chart);
        afterTheme(chart);
        if (section.chart().type() == ChartSpec.Type.HEATMAP) {
            // after the theme, which would paint every label alike
            labelCells(chart.getXYPlot(), section, locale);
        }
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(8, 4, 4, 12));
        chart.setTextAntiAlias(true);
        var legend = chart.getLegend();
        if (legend != null) {
            legendStyle(legend);
        }
        return chart;
    }

    /** What the theme would otherwise reset: thick lines with round points, solid light grid lines. */
    private static void afterTheme(JFreeChart chart) {
        if (!(chart.getPlot() instanceof CategoryPlot plot)) {
            return;
        }
        plot.setRangeGridlineStroke(new BasicStroke(0.8f));
        plot.setDomainGridlinesVisible(false);
        if (plot.getRenderer() instanceof LineAndShapeRenderer lines) {
            lines.setAutoPopulateSeriesStroke(false);
            lines.setAutoPopulateSeriesShape(false);
            lines.setDefaultStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            lines.setDefaultShape(new Ellipse2D.Double(-4, -4, 8, 8));
        }
    }

    private JFreeChart bars(ReportSection section, Locale locale, PlotOrientation orientation) {
        var dataset = seriesDataset(section);
        var renderer = new BarRenderer();
        renderer.setItemMargin(0.04);
        renderer.setMaximumBarWidth(orientation == PlotOrientation.VERTICAL ? 0.09 : 0.5);
        labelValues(
                renderer,
                section,
                locale,
                dataset,
                orientation == PlotOrientation.HORIZONTAL
                        ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT)
                        : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER),
                MAX_LABELLED_ITEMS);
        var plot = categoryPlot(section, locale, dataset, renderer);
        plot.setOrientation(orientation);
        // the value axis under the bars, where it is read, in both orientations
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        if (orientation == PlotOrientation.VERTICAL && dataset.getColumnCount() > 8) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        // room for the value labels past the longest bar
        plot.getRangeAxis().setUpperMargin(0.12);
        return new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, dataset.getRowCount() > 1);
    }

    private JFreeChart lines(ReportSection section, Locale locale) {
        var dataset = seriesDataset(section);
        var renderer = new LineAndShapeRenderer(true, true);
        var several = dataset.getRowCount() > 1;
        labelValues(
                renderer,
                section,
                locale,
                dataset,
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER),
                several ? Integer.MAX_VALUE : MAX_LABELLED_ITEMS);
        if (several) {
            // several lines cross and crowd: each is labelled at its end, to the right of its last point
            var every = renderer.getDefaultItemLabelGenerator();
            if (every != null) {
                var last = dataset.getColumnCount() - 1;
                renderer.setDefaultItemLabelGenerator(generator(
                        (data, row, column) -> column == last ? every.generateLabel(data, row, column) : null));
                renderer.setDefaultPositiveItemLabelPosition(
                        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
                renderer.setDefaultItemLabelFont(new Font(FAMILY, Font.BOLD, 12));
                for (int s = 0; s < dataset.getRowCount(); s++) {
                    renderer.setSeriesItemLabelPaint(s, PALETTE.get(s % PALETTE.size()));
                }
            }
        }
        var plot = categoryPlot(section, locale, dataset, renderer);
        if (several) {
            plot.getDomainAxis().setUpperMargin(0.07);
        }
        plot.getRangeAxis().setUpperMargin(0.12);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
        if (dataset.getColumnCount() > 12) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        return new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, dataset.getRowCount() > 1);
    }

    /** Rows stacked in each series column, as shares of the column: each bar is 100 %. */
    private JFreeChart shares(ReportSection section, Locale locale) {
        var dataset = new DefaultCategoryDataset();
        var rows = drawnRows(section);
        eachCell(section, (series, row, values, column) -> {
            var total = rows.stream().mapToDouble(r -> value(r, column)).sum();
            dataset.addValue(total == 0 ? 0 : value(values, column) * 100 / total, row, series);
        });
        var renderer = new StackedBarRenderer();
        renderer.setMaximumBarWidth(0.14);
        var percent = ReportNumbers.formatter(Format.PERCENT, locale);
        percent.setMaximumFractionDigits(0);
        percent.setMinimumFractionDigits(0);
        renderer.setDefaultItemLabelGenerator(generator((data, row, column) -> {
            var share = data.getValue(row, column);
            // a slice thinner than 5 % has no room for its label
            return share == null || share.doubleValue() < 5 ? null : clean(percent.format(share.doubleValue() / 100));
        }));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(new Font(FAMILY, Font.BOLD, 13));
        renderer.setDefaultItemLabelPaint(Color.WHITE);
        var plot = categoryPlot(section, locale, dataset, renderer);
        var axis = (NumberAxis) plot.getRangeAxis();
        axis.setRange(0, 100);
        axis.setNumberFormatOverride(percentAxis(locale));
        for (int s = 0; s < dataset.getRowCount(); s++) {
            // dark text on the light colours, white on the dark ones
            renderer.setSeriesItemLabelPaint(s, luminance(PALETTE.get(s % PALETTE.size())) > 0.55 ? INK : Color.WHITE);
        }
        return new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    }

    /** Rows × series columns as shaded cells, darker for more, each with its number when they fit. */
    private JFreeChart heatmap(ReportSection section, Locale locale) {
        var rows = drawnRows(section);
        var columns = section.chart().seriesColumns();
        var size = rows.size() * columns.size();
        var x = new double[size];
        var y = new double[size];
        var z = new double[size];
        var max = 0d;
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                var i = r * columns.size() + c;
                x[i] = c;
                y[i] = r;
                z[i] = value(rows.get(r), columns.get(c));
                max = Math.max(max, z[i]);
            }
        }
        var dataset = new DefaultXYZDataset();
        dataset.addSeries(section.measureLabel(), new double[][] {x, y, z});

        // the rows are the categories (hours) and name their axis; the columns (weekdays) speak for themselves,
        // and the value axis's words (what is counted) are the section's measure, shown next to its title
        var xAxis = new SymbolAxis(
                null,
                columns.stream().map(c -> section.columns().get(c).header()).toArray(String[]::new));
        var yAxis = new SymbolAxis(
                section.chart().categoryAxis(),
                rows.stream().map(ReportRow::label).toArray(String[]::new));
        yAxis.setInverted(true);
        for (var axis : List.of(xAxis, yAxis)) {
            axis.setGridBandsVisible(false);
            axis.setAxisLineVisible(false);
            axis.setTickMarksVisible(false);
        }
        xAxis.setRange(-0.5, columns.size() - 0.5);
        yAxis.setRange(-0.5, rows.size() - 0.5);
        var renderer = new XYBlockRenderer();
        var scale = new HeatScale(max == 0 ? 1 : max);
        renderer.setPaintScale(scale);
        var plot = new XYPlot(dataset, xAxis, yAxis, renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setOutlineVisible(false);
        return new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
    }

    /** Each cell's number, white on the dark cells, when the cells are few enough to hold them. */
    private static void labelCells(XYPlot plot, ReportSection section, Locale locale) {
        var dataset = (DefaultXYZDataset) plot.getDataset();
        var cells = dataset.getItemCount(0);
        if (cells > MAX_LABELLED_CELLS) {
            return;
        }
        var upper = ((XYBlockRenderer) plot.getRenderer()).getPaintScale().getUpperBound();
        var format = ReportNumbers.formatter(
                section.columns()
                        .get(section.chart().seriesColumns().getFirst())
                        .format(),
                locale);
        for (int i = 0; i < cells; i++) {
            var z = dataset.getZValue(0, i);
            if (z == 0) {
                continue;
            }
            var label = new XYTextAnnotation(clean(format.format(z)), dataset.getXValue(0, i), dataset.getYValue(0, i));
            label.setFont(new Font(FAMILY, Font.PLAIN, 12));
            label.setPaint(z / upper > 0.55 ? Color.WHITE : INK);
            plot.addAnnotation(label);
        }
    }

    /** From nearly white to blue, linearly in each channel. */
    private record HeatScale(double upper) implements PaintScale {
        @Override
        public double getLowerBound() {
            return 0;
        }

        @Override
        public double getUpperBound() {
            return upper;
        }

        @Override
        public Paint getPaint(double value) {
            var t = Math.max(0, Math.min(1, value / upper));
            return new Color(
                    mix(HEAT_LOW.getRed(), HEAT_HIGH.getRed(), t),
                    mix(HEAT_LOW.getGreen(), HEAT_HIGH.getGreen(), t),
                    mix(HEAT_LOW.getBlue(), HEAT_HIGH.getBlue(), t));
        }

        private static int mix(int from, int to, double t) {
            return (int) Math.round(from + (to - from) * t);
        }
    }

    /** One series per series column, named by its header; one category per row, totals left out. */
    private static DefaultCategoryDataset seriesDataset(ReportSection section) {
        var dataset = new DefaultCategoryDataset();
        eachCell(section, (series, row, values, column) -> {
            var value = values.values().get(column);
            dataset.addValue(value == null ? null : value.doubleValue(), series, row);
        });
        return dataset;
    }

    @FunctionalInterface
    private interface Cell {
        void add(Key series, Key row, ReportRow values, int column);
    }

    /** Every drawn cell: series column by series column, then row by row, totals left out. */
    private static void eachCell(ReportSection section, Cell cell) {
        var rows = drawnRows(section);
        var series = section.chart().seriesColumns();
        for (int s = 0; s < series.size(); s++) {
            var column = series.get(s);
            var header = new Key(section.columns().get(column).header(), s);
            for (int r = 0; r < rows.size(); r++) {
                cell.add(header, new Key(rows.get(r).label(), r), rows.get(r), column);
            }
        }
    }

    /**
     * A row or series label as a dataset key, told apart by its position: two rows may carry the same label
     * (two desks of the same name) and neither may overwrite the other. Shown as its label.
     */
    private record Key(String label, int index) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            return Integer.compare(index, other.index);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** Whether the section has a chart: rows to draw and columns to draw them from (a list of comments has none). */
    public static boolean drawn(ReportSection section) {
        return !section.chart().seriesColumns().isEmpty() && !drawnRows(section).isEmpty();
    }

    static List<ReportRow> drawnRows(ReportSection section) {
        return section.rows().stream().filter(r -> !r.total()).toList();
    }

    private static double value(ReportRow row, int column) {
        var value = row.values().get(column);
        return value == null ? 0 : value.doubleValue();
    }

    private CategoryPlot categoryPlot(
            ReportSection section, Locale locale, CategoryDataset dataset, CategoryItemRenderer renderer) {
        var domain = new CategoryAxis(section.chart().categoryAxis());
        domain.setMaximumCategoryLabelLines(2);
        domain.setCategoryMargin(0.18);
        var range = new NumberAxis(section.chart().valueAxis());
        range.setNumberFormatOverride(axisFormat(section, locale));
        // whole steps only: counts have no halves, and shares and indexes read in whole points
        range.setStandardTickUnits(NumberAxis.createIntegerTickUnits(locale));
        var plot = new CategoryPlot(dataset, domain, range, renderer);
        for (int s = 0; s < dataset.getRowCount(); s++) {
            renderer.setSeriesPaint(s, PALETTE.get(s % PALETTE.size()));
        }
        return plot;
    }

    /** The value axis reads like the series: percentages when they all are, whole numbers otherwise. */
    private static NumberFormat axisFormat(ReportSection section, Locale locale) {
        var formats = section.chart().seriesColumns().stream()
                .map(c -> section.columns().get(c).format())
                .distinct()
                .toList();
        if (formats.equals(List.of(Format.PERCENT)) || formats.equals(List.of(Format.CHANGE))) {
            return percentAxis(locale);
        }
        return new CleanFormat(NumberFormat.getIntegerInstance(locale), 1);
    }

    private static NumberFormat percentAxis(Locale locale) {
        var percent = NumberFormat.getPercentInstance(locale);
        percent.setMaximumFractionDigits(0);
        return new CleanFormat(percent, 100);
    }

    /** Value labels on bars and points, formatted as their column, when few enough to stay legible. */
    private static void labelValues(
            AbstractCategoryItemRenderer renderer,
            ReportSection section,
            Locale locale,
            CategoryDataset dataset,
            ItemLabelPosition position,
            int maxItems) {
        var items = dataset.getRowCount() * dataset.getColumnCount();
        if (items > maxItems) {
            return;
        }
        var formats = section.chart().seriesColumns().stream()
                .map(c -> ReportNumbers.formatter(section.columns().get(c).format(), locale))
                .toList();
        var columnFormats = section.chart().seriesColumns().stream()
                .map(c -> section.columns().get(c).format())
                .toList();
        renderer.setDefaultItemLabelGenerator(generator((data, row, column) -> {
            var value = data.getValue(row, column);
            return value == null
                    ? null
                    : clean(formats.get(row).format(ReportNumbers.scaled(value, columnFormats.get(row))));
        }));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(new Font(FAMILY, Font.PLAIN, 12));
        renderer.setDefaultItemLabelPaint(INK);
        renderer.setDefaultPositiveItemLabelPosition(position);
        renderer.setItemLabelAnchorOffset(4);
    }

    @FunctionalInterface
    private interface Label {
        String label(CategoryDataset dataset, int row, int column);
    }

    private static CategoryItemLabelGenerator generator(Label label) {
        return new CategoryItemLabelGenerator() {
            @Override
            public String generateRowLabel(CategoryDataset dataset, int row) {
                return dataset.getRowKey(row).toString();
            }

            @Override
            public String generateColumnLabel(CategoryDataset dataset, int column) {
                return dataset.getColumnKey(column).toString();
            }

            @Override
            public String generateLabel(CategoryDataset dataset, int row, int column) {
                return label.label(dataset, row, column);
            }
        };
    }

    private static StandardChartTheme theme() {
        var theme = new StandardChartTheme("comptoir");
        theme.setExtraLargeFont(new Font(FAMILY, Font.BOLD, 16));
        theme.setLargeFont(new Font(FAMILY, Font.BOLD, 14));
        theme.setRegularFont(new Font(FAMILY, Font.PLAIN, 13));
        theme.setSmallFont(new Font(FAMILY, Font.PLAIN, 12));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setPlotOutlinePaint(Color.WHITE);
        theme.setDomainGridlinePaint(GRID);
        theme.setRangeGridlinePaint(GRID);
        theme.setAxisLabelPaint(MUTED);
        theme.setTickLabelPaint(INK);
        theme.setItemLabelPaint(INK);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setLegendItemPaint(INK);
        theme.setShadowVisible(false);
        theme.setBarPainter(new StandardBarPainter());
        theme.setXYBarPainter(new StandardXYBarPainter());
        theme.setDrawingSupplier(new DefaultDrawingSupplier(
                PALETTE.toArray(Paint[]::new),
                DefaultDrawingSupplier.DEFAULT_FILL_PAINT_SEQUENCE,
                DefaultDrawingSupplier.DEFAULT_OUTLINE_PAINT_SEQUENCE,
                DefaultDrawingSupplier.DEFAULT_STROKE_SEQUENCE,
                DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE,
                DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
        return theme;
    }

    private static void legendStyle(LegendTitle legend) {
        legend.setPosition(RectangleEdge.TOP);
        legend.setFrame(BlockBorder.NONE);
        legend.setItemFont(new Font(FAMILY, Font.PLAIN, 13));
        legend.setMargin(new RectangleInsets(0, 0, 6, 0));
    }

    private static double luminance(Color color) {
        return (0.299 * color.getRed() + 0.587 * color.getGreen() + 0.114 * color.getBlue()) / 255;
    }

    /**
     * Spaces PDF fonts lack become no-break spaces, the minus sign a hyphen: the chart's text reads the
     * same on screen and in the PDF, whose standard fonts know only Windows-1252.
     */
    static String clean(String text) {
        return text.replace('\u202f', '\u00a0').replace('\u2212', '-');
    }

    /** A number format (scaled: percentages take fractions) whose output is {@link #clean}ed. */
    private static final class CleanFormat extends NumberFormat {
        private final NumberFormat format;
        private final double divisor;

        CleanFormat(NumberFormat format, double divisor) {
            this.format = format;
            this.divisor = divisor;
        }

        @Override
        public StringBuffer format(double number, StringBuffer target, FieldPosition position) {
            return target.append(clean(format.format(number / divisor)));
        }

        @Override
        public StringBuffer format(long number, StringBuffer target, FieldPosition position) {
            return format((double) number, target, position);
        }

        @Override
        public Number parse(String source, ParsePosition position) {
            return format.parse(source, position);
        }
    }

    /** DejaVu Sans, which has every accent, where the system has it (Debian and the Temurin image do). */
    private static String family() {
        var families = Arrays.asList(
                GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT));
        return Stream.of("DejaVu Sans", "Liberation Sans", "Noto Sans")
                .filter(families::contains)
                .findFirst()
                .orElse(Font.SANS_SERIF);
    }
}
