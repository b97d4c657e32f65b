package org.comptoir.report.past;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackReader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.comptoir.base.StrictUtf8Reader;
import org.jspecify.annotations.Nullable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads a past-counts file one row at a time, whatever its size, and hands each row's cells to a sink: CSV
 * (strict UTF-8 with or without a byte-order mark, {@code ;}, {@code ,} or tab between fields, RFC 4180 quotes)
 * or an Excel workbook (its first sheet, read as a stream of XML events: POI's event API, which never holds the
 * sheet in memory; dates are read as ISO dates and numbers without their display format). Told apart by their
 * first bytes. Also fingerprints the file, so that a commit can check it writes exactly what was previewed.
 */
final class PastCountFile {

    /** One row of cells as text, with its line (CSV) or row (XLSX) number, 1 for the first. */
    record Row(int line, List<String> cells, boolean malformed) {}

    @FunctionalInterface
    interface RowSink {
        void accept(Row row);
    }

    /** What was read: the format and the SHA-256 of the file. */
    record Read(PastCountFormat format, String digest) {}

    /** The longest cell: longer is no count file (an unclosed quote swallowing the file, a binary). */
    static final int MAX_CELL = 1000;
    /** The most cells a row may have. */
    static final int MAX_CELLS = 50;

    private static final int SNIFF = 8;
    /** How much of the first line (the header) is read ahead to choose the separator. */
    private static final int FIRST_LINE = 4096;

    private PastCountFile() {}

    /** Reads the whole file into the sink; a {@link PastCountFileError} when it cannot be read as a whole. */
    static Read read(Path file, RowSink sink) throws IOException {
        var digest = digest(file);
        byte[] head;
        try (var in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF);
        }
        if (head.length == 0) {
            throw new PastCountFileError("past.file.empty");
        }
        if (head.length >= 4
                && (head[0] & 0xFF) == 0xD0
                && (head[1] & 0xFF) == 0xCF
                && (head[2] & 0xFF) == 0x11
                && (head[3] & 0xFF) == 0xE0) {
            // an OLE2 compound file: Excel 97–2003's .xls
            throw new PastCountFileError("past.file.xls");
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            xlsx(file, sink);
            return new Read(PastCountFormat.XLSX, digest);
        }
        csv(file, head, sink);
        return new Read(PastCountFormat.CSV, digest);
    }

    // ---------------------------------------------------------------- CSV

    private static void csv(Path file, byte[] head, RowSink sink) throws IOException {
        if (head.length >= 2
                && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
                        || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)) {
            throw new PastCountFileError("past.file.not-utf8", 1);
        }
        try (var in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
                in.skipNBytes(3);
            }
            // buffered: the strict reader still stops at the bad byte, so the line of an error stays exact
            var records = new CsvRecords(
                    new PushbackReader(new BufferedReader(new StrictUtf8Reader(in), 1 << 14), FIRST_LINE), sink);
            try {
                records.readAll();
            } catch (CharacterCodingException e) {
                throw new PastCountFileError("past.file.not-utf8", records.line);
            }
        }
    }

    /** RFC 4180 records, the separator chosen on the first line (the header): the most frequent of ; , tab. */
    private static final class CsvRecords {

        private final PushbackReader in;
        private final RowSink sink;
        private int line = 1;

        CsvRecords(PushbackReader in, RowSink sink) {
            this.in = in;
            this.sink = sink;
        }

        void readAll() throws IOException {
            var separator = separator();
            var cells = new ArrayList<String>();
            var cell = new StringBuilder();
            var quoted = false;
            var afterQuote = false;
            var malformed = false;
            var start = line;
            int c;
            while ((c = in.read()) != -1) {
                var ch = (char) c;
                if (ch == 0) {
                    throw new PastCountFileError("past.file.binary");
                }
                if (quoted) {
                    if (ch == '"') {
                        var next = in.read();
                        if (next == '"') {
                            cell.append('"');
                        } else {
                            quoted = false;
                            afterQuote = true;
                            if (next != -1) {
                                in.unread(next);
                            }
                        }
                    } else {
                        if (ch == '\n') {
                            line++;
                        }
                        append(cell, ch, start);
                    }
                } else if (ch == '\n') {
                    cells.add(cell.toString());
                    deliver(start, cells, malformed);
                    cells = new ArrayList<>();
                    cell.setLength(0);
                    afterQuote = false;
                    malformed = false;
                    line++;
                    start = line;
                } else if (ch == '\r') {
                    // CRLF: the line ends at the LF
                } else if (ch == separator) {
                    cells.add(cell.toString());
                    cell.setLength(0);
                    afterQuote = false;
                    if (cells.size() > MAX_CELLS) {
                        throw new PastCountFileError("past.file.too-many-cells", start, MAX_CELLS);
                    }
                } else if (ch == '"' && cell.isEmpty() && !afterQuote) {
                    quoted = true;
                } else if (afterQuote) {
                    malformed = true;
                } else {
                    append(cell, ch, start);
                }
            }
            if (quoted) {
                throw new PastCountFileError("past.file.csv-quote", start);
            }
            if (!cells.isEmpty() || !cell.isEmpty()) {
                cells.add(cell.toString());
                deliver(start, cells, malformed);
            }
        }

        /** Reads the first line ahead (then puts it back) and counts its candidate separators. */
        private char separator() throws IOException {
            var head = new char[FIRST_LINE];
            int length = 0;
            int c;
            while (length < FIRST_LINE && (c = in.read()) != -1) {
                head[length++] = (char) c;
                if (c == '\n') {
                    break;
                }
            }
            in.unread(head, 0, length);
            int semicolons = 0;
            int commas = 0;
            int tabs = 0;
            for (int i = 0; i < length; i++) {
                switch (head[i]) {
                    case ';' -> semicolons++;
                    case ',' -> commas++;
                    case '\t' -> tabs++;
                    default -> {
                        // a letter of a column's name
                    }
                }
            }
            if (commas > semicolons && commas >= tabs) {
                return ',';
            }
            return tabs > semicolons ? '\t' : ';';
        }

        private static void append(StringBuilder cell, char ch, int start) {
            if (cell.length() >= MAX_CELL) {
                throw new PastCountFileError("past.file.cell-too-long", start, MAX_CELL);
            }
            cell.append(ch);
        }

        private void deliver(int start, List<String> cells, boolean malformed) {
            sink.accept(new Row(start, List.copyOf(cells), malformed));
        }
    }

    // ---------------------------------------------------------------- XLSX

    private static void xlsx(Path file, RowSink sink) throws IOException {
        try (var pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            var reader = new XSSFReader(pkg);
            var strings = new ReadOnlySharedStringsTable(pkg);
            var styles = reader.getStylesTable();
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new PastCountFileError("past.file.no-sheet");
            }
            try (var sheet = sheets.next()) {
                var parser = XMLHelper.newXMLReader();
                parser.setContentHandler(
                        new XSSFSheetXMLHandler(styles, null, strings, new SheetRows(sink), new PlainNumbers(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (PastCountFileError e) {
            throw e;
        } catch (OpenXML4JException
                | OpenXML4JRuntimeException
                | POIXMLException
                | SAXException
                | IllegalArgumentException
                | IllegalStateException e) {
            throw new PastCountFileError("past.file.not-xlsx", String.valueOf(e.getMessage()));
        } catch (IOException e) {
            // a zip bomb, a truncated file
            throw new PastCountFileError("past.file.not-xlsx", String.valueOf(e.getMessage()));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML parser", e);
        }
    }

    /** The rows of a sheet as they stream by; the columns a row skips (empty cells) as "". */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final RowSink sink;
        private final List<String> cells = new ArrayList<>();
        private int row;

        SheetRows(RowSink sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            row = rowNum;
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            sink.accept(new Row(row + 1, List.copyOf(cells), false));
        }

        @Override
        public void cell(@Nullable String reference, @Nullable String value, @Nullable XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            if (column >= MAX_CELLS) {
                if (value != null && !value.isBlank()) {
                    throw new PastCountFileError("past.file.too-many-cells", row + 1, MAX_CELLS);
                }
                return;
            }
            while (cells.size() < column) {
                cells.add("");
            }
            var text = value == null ? "" : value;
            if (text.length() > MAX_CELL) {
                throw new PastCountFileError("past.file.cell-too-long", row + 1, MAX_CELL);
            }
            if (cells.size() == column) {
                cells.add(text);
            } else {
                cells.set(column, text);
            }
        }
    }

    /**
     * Numbers as they are, not as displayed: 1234 (not "1 234"), 12.5 (not "13"), and a date cell as its ISO
     * date, "2019-07-01", whatever the sheet's format or language.
     */
    private static final class PlainNumbers extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, @Nullable String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(
                double value, int formatIndex, @Nullable String formatString, boolean use1904Windowing) {
            if (formatString != null
                    && DateUtil.isADateFormat(formatIndex, formatString)
                    && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing)
                        .toLocalDate()
                        .toString();
            }
            return plain(value);
        }
    }

    static String plain(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).toPlainString();
    }

    // ---------------------------------------------------------------- fingerprint

    private static String digest(Path file) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
