package org.comptoir.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import org.assertj.core.data.Offset;
import org.comptoir.report.ChartSpec.Type;
import org.comptoir.report.ReportRow;
import org.comptoir.report.ReportSection;
import org.jfree.chart.axis.SymbolAxis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The charts as pictures: every type draws, sharp and in colour, and totals stay out of them. */
class ReportChartsTest {

    private final ReportCharts charts = new ReportCharts();

    @ParameterizedTest
    @EnumSource(Type.class)
    void every_chart_type_draws_a_sharp_png_with_several_colours(Type type) throws IOException {
        var section = switch (type) {
            case STACKED_SHARE -> Reports.stayShares();
            case HEATMAP -> Reports.hours();
            default -> Reports.markets(type);
        };
        var png = charts.png(section, Locale.FRENCH);
        var image = decode(png);
        // kept for a reader's eye, next to the browser screenshots
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(Path.of("target", "screenshots", "chart-" + type + ".png"), png);

        var size = charts.size(section);
        assertThat(image.getWidth())
                .as("twice the pixels")
                .isEqualTo(2 * size.width)
                .isEqualTo(2 * ReportCharts.WIDTH);
        assertThat(image.getHeight()).isEqualTo(2 * size.height);
        assertThat(colours(image)).as("white, ink and the series' colours").hasSizeGreaterThan(3);
    }

    @Test
    void the_series_are_drawn_in_the_first_colours_of_the_okabe_ito_palette() throws IOException {
        var image = decode(charts.png(Reports.markets(Type.BAR), Locale.FRENCH));

        var colours = colours(image);
        assertThat(colours)
                .contains(
                        ReportCharts.PALETTE.get(0).getRGB() & 0xffffff,
                        ReportCharts.PALETTE.get(1).getRGB() & 0xffffff);
    }

    @Test
    void total_rows_are_not_drawn() {
        var chart = charts.chart(Reports.markets(Type.BAR), Locale.FRENCH);

        var dataset = chart.getCategoryPlot().getDataset();
        assertThat(dataset.getColumnCount()).isEqualTo(3);
        assertThat(dataset.getColumnKeys())
                .map(Object::toString)
                .containsExactly("France", "Europe (hors France)", "Long-courrier");
        assertThat(dataset.getRowKeys()).map(Object::toString).containsExactly("2019", "2025");
        for (int row = 0; row < dataset.getRowCount(); row++) {
            for (int column = 0; column < dataset.getColumnCount(); column++) {
                assertThat(dataset.getValue(row, column).doubleValue()).isNotEqualTo(9999);
            }
        }
    }

    @Test
    void the_axes_carry_the_labels_of_the_chart_spec() {
        var chart = charts.chart(Reports.markets(Type.HORIZONTAL_BAR), Locale.FRENCH);

        assertThat(chart.getCategoryPlot().getDomainAxis().getLabel()).isEqualTo("Marché");
        assertThat(chart.getCategoryPlot().getRangeAxis().getLabel()).isEqualTo("Visiteurs");
    }

    @Test
    void the_heat_map_names_its_rows_axis_after_the_categories() {
        var plot = charts.chart(Reports.hours(), Locale.FRENCH).getXYPlot();

        assertThat(plot.getRangeAxis().getLabel()).isEqualTo("Heure");
        assertThat(((SymbolAxis) plot.getDomainAxis()).getSymbols()).startsWith("lun.", "mar.");
        assertThat(plot.getDataset().getItemCount(0))
                .as("10 hours × 7 days, the total column left out")
                .isEqualTo(70);
    }

    @Test
    void shares_are_stacked_to_one_hundred_percent_per_column() {
        var chart = charts.chart(Reports.stayShares(), Locale.FRENCH);

        var dataset = chart.getCategoryPlot().getDataset();
        assertThat(dataset.getColumnKeys()).map(Object::toString).containsExactly("2023", "2024", "2025");
        assertThat(dataset.getRowKeys())
                .map(Object::toString)
                .containsExactly("De passage", "À la journée", "1 nuit", "2–3 nuits");
        for (int column = 0; column < dataset.getColumnCount(); column++) {
            double sum = 0;
            for (int row = 0; row < dataset.getRowCount(); row++) {
                sum += dataset.getValue(row, column).doubleValue();
            }
            assertThat(sum).isCloseTo(100, Offset.offset(0.001));
        }
    }

    @Test
    void two_rows_with_the_same_label_are_both_drawn() {
        var section = Reports.markets(Type.BAR);
        var twins = new ReportSection(
                section.title(),
                section.measure(),
                section.measureLabel(),
                section.rowHeader(),
                section.columns(),
                List.of(ReportRow.of("Accueil", List.of(1L, 2L, 3.0)), ReportRow.of("Accueil", List.of(4L, 5L, 6.0))),
                section.chart());

        var dataset = charts.chart(twins, Locale.FRENCH).getCategoryPlot().getDataset();

        assertThat(dataset.getColumnCount()).isEqualTo(2);
    }

    @Test
    void a_long_list_of_countries_gets_a_taller_chart() {
        var section = Reports.markets(Type.HORIZONTAL_BAR);
        var many = new ArrayList<ReportRow>();
        for (int i = 0; i < 30; i++) {
            many.add(ReportRow.of("Pays " + i, List.of((long) i, (long) i, 1.0)));
        }
        var long_ = new ReportSection(
                section.title(),
                section.measure(),
                section.measureLabel(),
                section.rowHeader(),
                section.columns(),
                many,
                section.chart());

        assertThat(charts.size(long_).height).isGreaterThan(charts.size(section).height);
    }

    static BufferedImage decode(byte[] png) throws IOException {
        var image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("a PNG ImageIO reads").isNotNull();
        return image;
    }

    private static Set<Integer> colours(BufferedImage image) {
        var colours = new HashSet<Integer>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y) & 0xffffff);
            }
        }
        return colours;
    }
}
