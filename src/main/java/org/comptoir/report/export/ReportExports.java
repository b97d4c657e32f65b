package org.comptoir.report.export;

import static org.comptoir.base.PrintStyle.ACCENT;
import static org.comptoir.base.PrintStyle.BOLD;
import static org.comptoir.base.PrintStyle.HAIRLINE;
import static org.comptoir.base.PrintStyle.INK;
import static org.comptoir.base.PrintStyle.ITALIC;
import static org.comptoir.base.PrintStyle.MUTED;
import static org.comptoir.base.PrintStyle.REGULAR;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.comptoir.base.ComptoirProperties;
import org.comptoir.base.CsvLines;
import org.comptoir.base.Translations;
import org.comptoir.report.ReportColumn.Format;
import org.comptoir.report.ReportNumbers;
import org.comptoir.report.ReportResult;
import org.comptoir.report.ReportSection;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * Every report as a file: CSV for any tool, XLSX for spreadsheets (real numbers with their formats), PDF to
 * print or send (each section's chart, drawn as vectors, then its table). The files say what they show: the
 * title, the context lines (period, filters, comparison) and what each section's numbers count.
 */
@Component
public class ReportExports {

    public static final String CSV_TYPE = "text/csv;charset=UTF-8";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PDF_TYPE = "application/pdf";

    private final ReportCharts charts;
    private final Translations translations;
    private final Clock clock;
    private final ComptoirProperties properties;

    ReportExports(ReportCharts charts, Translations translations, Clock clock, ComptoirProperties properties) {
        this.charts = charts;
        this.translations = translations;
        this.clock = clock;
        this.properties = properties;
    }

    public static String csvName(ReportResult result) {
        return result.fileStem() + ".csv";
    }

    public static String xlsxName(ReportResult result) {
        return result.fileStem() + ".xlsx";
    }

    public static String pdfName(ReportResult result) {
        return result.fileStem() + ".pdf";
    }

    // ---------------------------------------------------------------- CSV

    /**
     * UTF-8 with a BOM, {@code ;} between fields, CRLF: a spreadsheet opens it as it is. Numbers are plain
     * (no grouping, no % sign), rounded as on screen, with the reader's decimal separator.
     */
    public void csv(ReportResult result, Locale locale, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(CsvLines.BOM);
            CsvLines.write(writer, List.of(result.title()));
            for (var context : result.context()) {
                CsvLines.write(writer, List.of(context));
            }
            for (var section : result.sections()) {
                CsvLines.write(writer, List.of());
                CsvLines.write(writer, List.of(section.title()));
                CsvLines.write(writer, List.of(section.measureLabel()));
                var header = new ArrayList<String>();
                header.add(section.rowHeader());
                section.columns().forEach(c -> header.add(c.header()));
                CsvLines.write(writer, header);
                for (var row : section.rows()) {
                    var fields = new ArrayList<String>();
                    fields.add(row.label());
                    for (int c = 0; c < section.columns().size(); c++) {
                        fields.add(ReportNumbers.plain(
                                row.values().get(c), section.columns().get(c).format(), locale));
                    }
                    CsvLines.write(writer, fields);
                }
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- XLSX

    /**
     * One sheet per section, named after it: the title and context on top, then the table with its header
     * frozen, numbers as numeric cells (shares as fractions shown in %), totals in bold.
     */
    public void xlsx(ReportResult result, OutputStream out) {
        try (var workbook = new XSSFWorkbook()) {
            var styles = new Styles(workbook);
            var names = new HashSet<String>();
            for (var section : result.sections()) {
                var sheet = workbook.createSheet(sheetName(section.title(), names));
                int r = 0;
                styles.text(sheet.createRow(r++).createCell(0), result.title(), styles.title);
                for (var context : result.context()) {
                    styles.text(sheet.createRow(r++).createCell(0), context, styles.muted);
                }
                r++;
                styles.text(sheet.createRow(r++).createCell(0), section.title(), styles.sectionTitle);
                styles.text(sheet.createRow(r++).createCell(0), section.measureLabel(), styles.muted);
                var headerRow = sheet.createRow(r++);
                styles.text(headerRow.createCell(0), section.rowHeader(), styles.header);
                for (int c = 0; c < section.columns().size(); c++) {
                    styles.text(
                            headerRow.createCell(c + 1),
                            section.columns().get(c).header(),
                            styles.headerNumber);
                }
                sheet.createFreezePane(1, r);
                for (var row : section.rows()) {
                    var line = sheet.createRow(r++);
                    styles.text(line.createCell(0), row.label(), row.total() ? styles.totalLabel : null);
                    for (int c = 0; c < section.columns().size(); c++) {
                        var value = row.values().get(c);
                        if (value == null) {
                            continue;
                        }
                        var format = section.columns().get(c).format();
                        var cell = line.createCell(c + 1);
                        var rounded = ReportNumbers.rounded(value, format).doubleValue();
                        cell.setCellValue(
                                format == Format.PERCENT || format == Format.CHANGE ? rounded / 100 : rounded);
                        cell.setCellStyle(styles.number(format, row.total()));
                    }
                }
                fitWidths(sheet, section);
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Widths from the text lengths: POI's autosize would measure with AWT fonts, slowly. */
    private static void fitWidths(Sheet sheet, ReportSection section) {
        var labels = Math.max(
                section.rowHeader().length(),
                section.rows().stream().mapToInt(r -> r.label().length()).max().orElse(10));
        sheet.setColumnWidth(0, Math.min(60, Math.max(12, labels + 2)) * 256);
        for (int c = 0; c < section.columns().size(); c++) {
            var width = Math.max(10, section.columns().get(c).header().length() + 2);
            sheet.setColumnWidth(c + 1, Math.min(40, width) * 256);
        }
    }

    /** A sheet name Excel takes: at most 31 characters, none of []:*?/\, unique in the workbook. */
    static String sheetName(String title, Set<String> taken) {
        var safe = WorkbookUtil.createSafeSheetName(title.isBlank() ? "Section" : title, '-');
        var name = safe;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            var suffix = " (" + n + ")";
            name = safe.substring(0, Math.min(safe.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }

    /** The workbook's cell styles, made once: Excel limits how many a file may hold. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle sectionTitle;
        final CellStyle muted;
        final CellStyle header;
        final CellStyle headerNumber;
        final CellStyle totalLabel;
        private final Map<String, CellStyle> numbers = new HashMap<>();
        private final XSSFWorkbook workbook;

        Styles(XSSFWorkbook workbook) {
            this.workbook = workbook;
            title = style(font(14, true, false), null);
            sectionTitle = style(font(12, true, false), null);
            muted = style(font(10, false, true), null);
            header = style(font(11, true, false), null);
            header.setBorderBottom(BorderStyle.THIN);
            headerNumber = style(font(11, true, false), null);
            headerNumber.setBorderBottom(BorderStyle.THIN);
            headerNumber.setAlignment(HorizontalAlignment.RIGHT);
            totalLabel = style(font(11, true, false), null);
            totalLabel.setBorderTop(BorderStyle.THIN);
        }

        CellStyle number(Format format, boolean total) {
            return numbers.computeIfAbsent(format + "/" + total, key -> {
                var style = style(
                        total ? font(11, true, false) : null,
                        switch (format) {
                            case COUNT -> "#,##0";
                            case INDEX -> "0";
                            case PERCENT -> "0.0%";
                            case CHANGE -> "+0.0%;-0.0%;0.0%";
                            case DECIMAL -> "0.0";
                        });
                if (total) {
                    style.setBorderTop(BorderStyle.THIN);
                }
                return style;
            });
        }

        void text(Cell cell, String value, CellStyle style) {
            cell.setCellValue(value);
            if (style != null) {
                cell.setCellStyle(style);
            }
        }

        private org.apache.poi.ss.usermodel.Font font(int points, boolean bold, boolean italic) {
            var font = workbook.createFont();
            font.setFontHeightInPoints((short) points);
            font.setBold(bold);
            font.setItalic(italic);
            return font;
        }

        private CellStyle style(org.apache.poi.ss.usermodel.Font font, String dataFormat) {
            var style = workbook.createCellStyle();
            if (font != null) {
                style.setFont(font);
            }
            if (dataFormat != null) {
                style.setDataFormat(workbook.createDataFormat().getFormat(dataFormat));
            }
            return style;
        }
    }

    // ---------------------------------------------------------------- PDF

    private static final Color HEADER_FILL = new Color(0xee, 0xf2, 0xf3);
    private static final Font TITLE = new Font(BOLD, 18, Font.NORMAL, ACCENT);
    private static final Font CONTEXT = new Font(REGULAR, 9.5f, Font.NORMAL, MUTED);
    private static final Font SECTION = new Font(BOLD, 12.5f, Font.NORMAL, INK);
    private static final Font MEASURE = new Font(ITALIC, 9, Font.NORMAL, MUTED);
    private static final Font CELL = new Font(REGULAR, 9, Font.NORMAL, INK);
    private static final Font CELL_BOLD = new Font(BOLD, 9, Font.NORMAL, INK);
    private static final Font FOOTER = new Font(REGULAR, 8, Font.NORMAL, MUTED);
    private static final float MARGIN = 36;
    private static final float FOOTER_SPACE = 24;

    /**
     * A4 landscape: the title and context, then each section's title, measure, chart (vectors, sharp at any
     * zoom) and table; the generation date and page numbers in the footer.
     */
    public void pdf(ReportResult result, Locale locale, OutputStream out) {
        // landscape by its media box rather than by a /Rotate flag, which some viewers and printers ignore
        var page = new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth());
        var document = new Document(page, MARGIN, MARGIN, MARGIN, MARGIN + FOOTER_SPACE);
        try {
            var writer = PdfWriter.getInstance(document, out);
            // a chart that does not fit waits for the next page, and so does everything after it
            writer.setStrictImageSequence(true);
            document.addTitle(clean(result.title()));
            document.addCreator("Comptoir");
            writer.getExtraCatalog()
                    .put(
                            PdfName.LANG,
                            new PdfString(Translations.supported(locale).getLanguage()));
            writer.setPageEvent(new Footer(footerText(locale), locale));
            document.open();

            var title = new Paragraph(clean(result.title()), TITLE);
            title.setSpacingAfter(4);
            document.add(title);
            for (var context : result.context()) {
                document.add(new Paragraph(12, clean(context), CONTEXT));
            }
            var width = page.getWidth() - 2 * MARGIN;
            for (var section : result.sections()) {
                section(document, writer, section, locale, width);
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the report " + result.fileStem(), e);
        } finally {
            document.close();
        }
    }

    private void section(Document document, PdfWriter writer, ReportSection section, Locale locale, float width)
            throws DocumentException {
        var chart = ReportCharts.drawn(section) ? chart(writer, section, locale, width) : null;
        // the heading stays with its chart (or the table's first rows)
        var needed = 60 + (chart == null ? 60 : chart.getScaledHeight());
        if (writer.getVerticalPosition(false) - document.bottom() < needed) {
            document.newPage();
        }
        var heading = new Paragraph(clean(section.title()), SECTION);
        heading.setSpacingBefore(14);
        document.add(heading);
        document.add(new Paragraph(12, clean(section.measureLabel()), MEASURE));
        if (chart != null) {
            document.add(chart);
        }
        document.add(table(section, locale, width));
    }

    /** The chart drawn by JFreeChart on the PDF's own canvas: vectors, not pixels. */
    private Image chart(PdfWriter writer, ReportSection section, Locale locale, float width) throws DocumentException {
        var size = charts.size(section);
        PdfTemplate template = writer.getDirectContent().createTemplate(size.width, size.height);
        // text as outlines of the screen's font: the standard PDF fonts have other widths, and the chart's
        // figures are in the table below anyway
        var graphics = template.createGraphicsShapes(size.width, size.height);
        try {
            charts.draw(section, locale, graphics, new Rectangle2D.Double(0, 0, size.width, size.height));
        } finally {
            graphics.dispose();
        }
        var image = Image.getInstance(template);
        // the page's width, but never so tall that a chart and its table's head cannot share a page
        var scale = Math.min(width / size.width, 330f / size.height);
        image.scaleAbsolute(size.width * scale, size.height * scale);
        image.setAlignment(Image.ALIGN_CENTER);
        image.setSpacingBefore(6);
        image.setSpacingAfter(6);
        return image;
    }

    private static PdfPTable table(ReportSection section, Locale locale, float width) throws DocumentException {
        var columns = section.columns().size();
        var table = new PdfPTable(columns + 1);
        var widths = new float[columns + 1];
        widths[0] = Math.max(2.2f, Math.min(4f, columns * 0.7f));
        for (int c = 1; c <= columns; c++) {
            widths[c] = 1;
        }
        table.setWidths(widths);
        table.setTotalWidth(Math.min(width, 140 + columns * 90f));
        table.setLockedWidth(true);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setHeaderRows(1);
        table.setSpacingBefore(4);
        table.addCell(cell(section.rowHeader(), CELL_BOLD, Element.ALIGN_LEFT, HEADER_FILL, false));
        for (var column : section.columns()) {
            table.addCell(cell(column.header(), CELL_BOLD, Element.ALIGN_RIGHT, HEADER_FILL, false));
        }
        for (var row : section.rows()) {
            var font = row.total() ? CELL_BOLD : CELL;
            table.addCell(cell(row.label(), font, Element.ALIGN_LEFT, null, row.total()));
            for (int c = 0; c < columns; c++) {
                var text = ReportNumbers.format(
                        row.values().get(c), section.columns().get(c).format(), locale);
                table.addCell(cell(text, font, Element.ALIGN_RIGHT, null, row.total()));
            }
        }
        return table;
    }

    private static PdfPCell cell(String text, Font font, int alignment, Color fill, boolean total) {
        var cell = new PdfPCell(new Phrase(clean(text), font));
        cell.setHorizontalAlignment(alignment);
        cell.setPaddingTop(2.5f);
        cell.setPaddingBottom(4);
        cell.setPaddingLeft(5);
        cell.setPaddingRight(5);
        cell.setBorder(total ? Rectangle.TOP | Rectangle.BOTTOM : Rectangle.BOTTOM);
        cell.setBorderColor(total ? INK : HAIRLINE);
        cell.setBorderWidth(total ? 0.8f : 0.5f);
        if (fill != null) {
            cell.setBackgroundColor(fill);
        }
        return cell;
    }

    private String footerText(Locale locale) {
        var now = ZonedDateTime.now(clock.withZone(properties.timeZone()));
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(Translations.supported(locale))
                .format(now);
        return translations.getTranslation("report.ui.pdf.generated", locale, properties.officeName(), when);
    }

    /** "Generated on …" on the left, "Page n / N" on the right; N is written when the document closes. */
    private final class Footer extends PdfPageEventHelper {
        private final String text;
        private final Locale locale;
        private PdfTemplate total;

        Footer(String text, Locale locale) {
            this.text = text;
            this.locale = locale;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(30, 12);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            var canvas = writer.getDirectContent();
            var page = document.getPageSize();
            var y = MARGIN;
            canvas.saveState();
            canvas.setColorStroke(HAIRLINE);
            canvas.setLineWidth(0.5f);
            canvas.moveTo(MARGIN, y + 12);
            canvas.lineTo(page.getWidth() - MARGIN, y + 12);
            canvas.stroke();
            canvas.restoreState();
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(clean(text), FOOTER), MARGIN, y, 0);
            var pageText = clean(translations.getTranslation(
                            "report.ui.pdf.page", locale, String.valueOf(writer.getPageNumber())))
                    + " ";
            var right = page.getWidth() - MARGIN - 30;
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(pageText, FOOTER), right, y, 0);
            canvas.addTemplate(total, right + 2.5f, y);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(
                    total, Element.ALIGN_LEFT, new Phrase("/ " + (writer.getPageNumber() - 1), FOOTER), 0, 0, 0);
        }
    }

    /**
     * The text in characters the standard PDF fonts (Windows-1252) show: narrow spaces and the minus sign
     * get their stand-ins, other letters lose their accent.
     */
    static String clean(String text) {
        var cleaned = ReportCharts.clean(text);
        var out = new StringBuilder(cleaned.length());
        for (int i = 0; i < cleaned.length(); i++) {
            var c = cleaned.charAt(i);
            if (c < 0x100 || "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ".indexOf(c) >= 0) {
                out.append(c);
            } else {
                var base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                out.append(!base.isEmpty() && base.charAt(0) < 0x100 ? base.charAt(0) : '?');
            }
        }
        return out.toString();
    }
}
