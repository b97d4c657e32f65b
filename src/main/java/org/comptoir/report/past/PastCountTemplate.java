package org.comptoir.report.past;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.comptoir.base.CsvLines;
import org.comptoir.base.Translations;
import org.comptoir.reference.Country;
import org.comptoir.reference.ListItem;
import org.comptoir.reference.ListKind;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.report.aggregate.AggregateReads;
import org.comptoir.report.aggregate.AggregateTable;
import org.comptoir.report.aggregate.Dim;
import org.comptoir.report.past.PastCountRules.Column;
import org.comptoir.visit.Channel;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The import's layout as a file: the empty template (CSV, or a workbook whose second sheet explains each column
 * and lists the desks, channels and origins it takes), or the office's logged months in that layout — one row
 * per month, desk, origin and channel, with its contacts and visitors.
 */
@Component
class PastCountTemplate {

    /** One row of the layout, as written. */
    record TemplateRow(YearMonth month, String desk, String origin, String channel, long contacts, long visitors) {}

    private final AggregateReads reads;
    private final ReferenceListService lists;
    private final Translations translations;

    PastCountTemplate(AggregateReads reads, ReferenceListService lists, Translations translations) {
        this.reads = reads;
        this.lists = lists;
        this.translations = translations;
    }

    /** The logged interactions of the months from {@code from} to {@code to}, in the layout; origins as codes. */
    List<TemplateRow> loggedRows(YearMonth from, YearMonth to) {
        var codes = lists.items(ListKind.DESK, true).stream()
                .collect(Collectors.toMap(item -> String.valueOf(item.id()), ListItem::code));
        var dims = List.of(Dim.MONTH, Dim.DESK, Dim.COUNTRY, Dim.DEPARTEMENT, Dim.CHANNEL);
        return reads.count(AggregateTable.ORIGIN, from.atDay(1), to.atEndOfMonth(), null, null, null, dims).stream()
                .map(t -> new TemplateRow(
                        YearMonth.parse(t.key(Dim.MONTH)),
                        codes.getOrDefault(t.key(Dim.DESK), t.key(Dim.DESK)),
                        origin(t.key(Dim.COUNTRY), t.key(Dim.DEPARTEMENT)),
                        t.key(Dim.CHANNEL),
                        t.interactions(),
                        t.persons()))
                .sorted(Comparator.comparing(TemplateRow::month)
                        .thenComparing(TemplateRow::desk)
                        .thenComparing(TemplateRow::origin)
                        .thenComparing(TemplateRow::channel))
                .toList();
    }

    /** "FR-63", "DE", "UNKNOWN" (read in any language): an origin as the import reads it. */
    static String origin(String country, String departement) {
        if (country.isEmpty()) {
            return "UNKNOWN";
        }
        if (Country.FRANCE.equals(country) && !departement.isEmpty()) {
            return Country.FRANCE + "-" + departement;
        }
        return country;
    }

    void write(PastCountFormat format, Locale locale, List<TemplateRow> rows, OutputStream out) throws IOException {
        switch (format) {
            case CSV -> csv(locale, rows, out);
            case XLSX -> xlsx(locale, rows, out);
        }
    }

    private static List<String> header(Locale locale) {
        var header = new ArrayList<String>();
        for (var column : Column.values()) {
            header.add(column.name(locale));
        }
        return header;
    }

    private static void csv(Locale locale, List<TemplateRow> rows, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(CsvLines.BOM);
        CsvLines.write(writer, header(locale));
        for (var row : rows) {
            CsvLines.write(
                    writer,
                    List.of(
                            row.month().toString(),
                            row.desk(),
                            row.origin(),
                            row.channel(),
                            String.valueOf(row.contacts()),
                            String.valueOf(row.visitors())));
        }
        writer.flush();
    }

    private void xlsx(Locale locale, List<TemplateRow> rows, OutputStream out) throws IOException {
        // streamed: a few rows in memory at a time, whatever the number of months
        try (var workbook = new SXSSFWorkbook(200)) {
            var bold = workbook.createCellStyle();
            var font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            var text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            var counts = workbook.createSheet(t("past.template.sheet.counts", locale));
            var header = header(locale);
            var top = counts.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                var cell = top.createCell(c);
                cell.setCellValue(header.get(c));
                cell.setCellStyle(bold);
                // typed months, codes and origins stay text: "2019-07" is not turned into a date
                if (c < 4) {
                    counts.setDefaultColumnStyle(c, text);
                }
                counts.setColumnWidth(c, 14 * 256);
            }
            counts.createFreezePane(0, 1);
            int r = 1;
            for (var row : rows) {
                var line = counts.createRow(r++);
                textCell(line, 0, row.month().toString(), text);
                textCell(line, 1, row.desk(), text);
                textCell(line, 2, row.origin(), text);
                textCell(line, 3, row.channel(), text);
                line.createCell(4).setCellValue(row.contacts());
                line.createCell(5).setCellValue(row.visitors());
            }
            help(workbook, locale, bold);
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static void textCell(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** The second sheet: what each column takes, and the office's desks, the channels, the markets. */
    private void help(Workbook workbook, Locale locale, CellStyle bold) {
        var sheet = workbook.createSheet(t("past.template.sheet.help", locale));
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 90 * 256);
        var r = new int[] {0};
        line(sheet, r, bold, t("past.template.help.title", locale), "");
        line(sheet, r, null, t("past.template.help.intro", locale), "");
        r[0]++;
        for (var column : Column.values()) {
            line(
                    sheet,
                    r,
                    null,
                    column.name(locale),
                    t("past.template.help." + column.name().toLowerCase(Locale.ROOT), locale));
        }
        r[0]++;
        line(sheet, r, bold, t("past.template.help.desks", locale), "");
        for (var desk : lists.items(ListKind.DESK, true)) {
            line(sheet, r, null, desk.code(), desk.name(locale));
        }
        r[0]++;
        line(sheet, r, bold, t("past.template.help.channels", locale), "");
        for (var channel : Channel.values()) {
            line(sheet, r, null, channel.name(), t("Channel." + channel.name(), locale));
        }
        r[0]++;
        line(sheet, r, bold, t("past.template.help.origins", locale), "");
        for (var example : List.of("country", "france", "departement", "europe", "world", "unknown")) {
            line(
                    sheet,
                    r,
                    null,
                    t("past.template.help.origin." + example + ".code", locale),
                    t("past.template.help.origin." + example, locale));
        }
    }

    private static void line(Sheet sheet, int[] r, @Nullable CellStyle style, String a, String b) {
        var row = sheet.createRow(r[0]++);
        var first = row.createCell(0);
        first.setCellValue(a);
        if (style != null) {
            first.setCellStyle(style);
        }
        row.createCell(1).setCellValue(b);
    }

    private String t(String key, Locale locale) {
        return translations.getTranslation(key, locale);
    }
}
