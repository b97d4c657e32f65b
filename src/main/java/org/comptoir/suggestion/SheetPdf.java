package org.comptoir.suggestion;

import static org.comptoir.base.PrintStyle.ACCENT;
import static org.comptoir.base.PrintStyle.BOLD;
import static org.comptoir.base.PrintStyle.BOLD_ITALIC;
import static org.comptoir.base.PrintStyle.HAIRLINE;
import static org.comptoir.base.PrintStyle.INK;
import static org.comptoir.base.PrintStyle.ITALIC;
import static org.comptoir.base.PrintStyle.MUTED;
import static org.comptoir.base.PrintStyle.REGULAR;

import io.nayuki.qrcodegen.QrCode;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.text.Normalizer;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The sheet as a one-page A4 PDF. Everything is placed at fixed positions on the page, each pick in
 * a box of its own, so the sheet can never spill onto a second page: a description that does not fit
 * its box is shortened, then the opening notes.
 *
 * <p>The fonts are the PDF standard Helvetica (nothing to embed, nothing read from disk per sheet) in
 * the Windows-1252 encoding, which covers the accents of the six languages and the € sign.
 */
final class SheetPdf {

    private static final Font OFFICE = new Font(BOLD, 10, Font.NORMAL, MUTED);
    private static final Font TITLE = new Font(BOLD, 22, Font.NORMAL, ACCENT);
    private static final Font NUMBER = new Font(BOLD, 12, Font.NORMAL, MUTED);
    private static final Font NAME = new Font(BOLD, 12, Font.NORMAL, ACCENT);
    private static final Font DESCRIPTION = new Font(REGULAR, 9, Font.NORMAL, INK);
    private static final Font LABEL = new Font(BOLD, 8.5f, Font.NORMAL, MUTED);
    private static final Font VALUE = new Font(REGULAR, 8.5f, Font.NORMAL, INK);
    private static final Font NOTE = new Font(ITALIC, 8.5f, Font.NORMAL, MUTED);
    private static final Font LINK = new Font(REGULAR, 8.5f, Font.NORMAL, ACCENT);
    private static final Font FOOTER = new Font(REGULAR, 8.5f, Font.NORMAL, MUTED);
    private static final Font GOODBYE = new Font(BOLD_ITALIC, 11, Font.NORMAL, ACCENT);

    private static final float MARGIN_X = 42;
    private static final float MARGIN_Y = 36;
    private static final float LEFT = MARGIN_X;
    private static final float RIGHT = PageSize.A4.getWidth() - MARGIN_X;
    private static final float TOP = PageSize.A4.getHeight() - MARGIN_Y;
    private static final float BOTTOM = MARGIN_Y;
    private static final float PICKS_TOP = TOP - 62;
    private static final float PICKS_BOTTOM = BOTTOM + 32;
    /** A pick never takes more than this, so that three picks do not stretch over the whole page. */
    private static final float MAX_BOX = 150;
    /** Below this box height, tighter spacing leaves room for a line of description. */
    private static final float ROOMY_BOX = 95;

    /** The survey's band above the footer, when the sheet has one: its QR code and two lines. */
    private static final float SURVEY_BAND = 70;

    private static final float SURVEY_QR = 58;

    private static final Font SURVEY_TITLE = new Font(BOLD, 11, Font.NORMAL, ACCENT);
    private static final Font SURVEY_TEXT = new Font(REGULAR, 9, Font.NORMAL, INK);
    private static final Font SURVEY_LINK = new Font(REGULAR, 7, Font.NORMAL, MUTED);

    private static final float QR_SIZE = 64;
    private static final float QR_GAP = 14;
    /** Opening notes are a hint, never more than about a line and a half. */
    private static final int MAX_NOTES = 160;

    private static final String SEPARATOR = "   ·   ";

    private SheetPdf() {}

    static byte[] render(SheetRequest request, SheetWords words, List<SheetPick> picks) {
        var out = new ByteArrayOutputStream(24_576);
        var document = new Document(PageSize.A4, MARGIN_X, MARGIN_X, MARGIN_Y, MARGIN_Y);
        try {
            var writer = PdfWriter.getInstance(document, out);
            document.addTitle(clean(words.text("title") + " – " + request.officeName()));
            document.addCreator("Comptoir");
            // Screen readers and search read the page in the visitor's language.
            writer.getExtraCatalog()
                    .put(PdfName.LANG, new PdfString(words.language().code()));
            document.open();
            var canvas = writer.getDirectContent();
            header(canvas, request.officeName(), words);
            var surveyUrl = request.surveyUrl();
            picks(canvas, picks, words, surveyUrl == null ? PICKS_BOTTOM : PICKS_BOTTOM + SURVEY_BAND);
            if (surveyUrl != null) {
                survey(canvas, surveyUrl, words);
            }
            footer(canvas, words.preparedOn(request.date()), words.text("goodbye"));
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the suggestion sheet", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static void header(PdfContentByte canvas, String office, SheetWords words) {
        var locale = words.language().locale();
        ColumnText.showTextAligned(
                canvas,
                Element.ALIGN_LEFT,
                new Phrase(oneLine(clean(office.toUpperCase(locale)), OFFICE), OFFICE),
                LEFT,
                TOP - 10,
                0);
        ColumnText.showTextAligned(
                canvas, Element.ALIGN_LEFT, new Phrase(clean(words.text("title")), TITLE), LEFT, TOP - 38, 0);
        line(canvas, ACCENT, 1.5f, TOP - 50);
    }

    /** The text, shortened until it fits the width of the page. */
    private static String oneLine(String text, Font font) {
        var fitted = text;
        for (int max = text.length() - 1; width(fitted, font) > RIGHT - LEFT && max > 0; max--) {
            var shorter = SheetWords.shorten(text, max);
            fitted = shorter == null ? "" : shorter;
        }
        return fitted;
    }

    private static float width(String text, Font font) {
        return font.getBaseFont().getWidthPoint(text, font.getSize());
    }

    private static void footer(PdfContentByte canvas, String preparedOn, String goodbye) {
        line(canvas, HAIRLINE, 0.6f, BOTTOM + 20);
        ColumnText.showTextAligned(
                canvas, Element.ALIGN_LEFT, new Phrase(clean(preparedOn), FOOTER), LEFT, BOTTOM + 4, 0);
        ColumnText.showTextAligned(
                canvas, Element.ALIGN_RIGHT, new Phrase(clean(goodbye), GOODBYE), RIGHT, BOTTOM + 4, 0);
    }

    /**
     * The survey's band: a QR code to this visitor's survey, what it is, and its address as a link (for a sheet read
     * on a screen), above the footer.
     */
    private static void survey(PdfContentByte canvas, String url, SheetWords words) throws DocumentException {
        var top = PICKS_BOTTOM + SURVEY_BAND - 8;
        line(canvas, HAIRLINE, 0.6f, top + 4);
        qr(canvas, SheetWords.qr(url), LEFT, top - SURVEY_QR, SURVEY_QR);
        var column = new ColumnText(canvas);
        column.setSimpleColumn(LEFT + SURVEY_QR + QR_GAP, top - SURVEY_QR, RIGHT, top);
        var title = new Paragraph(14, clean(words.text("survey.title")), SURVEY_TITLE);
        title.setSpacingAfter(2);
        column.addElement(title);
        column.addElement(new Paragraph(11.5f, clean(words.text("survey.text")), SURVEY_TEXT));
        var link = new Paragraph(10);
        link.add(new Chunk(clean(url), SURVEY_LINK).setAnchor(url));
        column.addElement(link);
        column.go();
    }

    private static void picks(PdfContentByte canvas, List<SheetPick> picks, SheetWords words, float bottom)
            throws DocumentException {
        if (picks.isEmpty()) {
            return;
        }
        var box = Math.min(MAX_BOX, (PICKS_TOP - bottom) / picks.size());
        var spacing = box < ROOMY_BOX ? Spacing.COMPACT : Spacing.ROOMY;
        for (int i = 0; i < picks.size(); i++) {
            var pick = picks.get(i);
            var top = PICKS_TOP - i * box;
            var textRight = pick.qr() == null ? RIGHT : RIGHT - QR_SIZE - QR_GAP;
            var area = new Area(LEFT, top - box + spacing.padding(), textRight, top - spacing.padding(), spacing);
            text(canvas, pick, words, area);
            if (pick.qr() != null) {
                var size = Math.min(QR_SIZE, box - 2 * spacing.padding());
                qr(canvas, pick.qr(), RIGHT - size, top - spacing.padding() - size, size);
            }
            if (i < picks.size() - 1) {
                line(canvas, HAIRLINE, 0.6f, top - box);
            }
        }
    }

    /** Line spacing: roomy when there is space, compact on a crowded sheet. */
    private enum Spacing {
        ROOMY(9, 14, 11.5f, 11),
        COMPACT(6, 13.5f, 10.5f, 10);

        private final float padding;
        private final float name;
        private final float description;
        private final float fact;

        Spacing(float padding, float name, float description, float fact) {
            this.padding = padding;
            this.name = name;
            this.description = description;
            this.fact = fact;
        }

        float padding() {
            return padding;
        }
    }

    /** Where a pick's text goes. */
    private record Area(float left, float bottom, float right, float top, Spacing spacing) {}

    /**
     * Writes the pick's text in its box. When it does not fit, the opening notes are shortened or left
     * out first, then the description: the name and the facts always stay.
     */
    private static void text(PdfContentByte canvas, SheetPick pick, SheetWords words, Area area)
            throws DocumentException {
        var description = pick.description();
        var notes = SheetWords.shorten(pick.openingNotes(), MAX_NOTES);
        if (!fits(canvas, pick, words, description, notes, area)) {
            var whole = description;
            if (fits(canvas, pick, words, whole, null, area)) {
                notes = longestThatFits(notes, n -> fits(canvas, pick, words, whole, n, area));
            } else {
                notes = null;
                description = longestThatFits(whole, d -> fits(canvas, pick, words, d, null, area));
            }
        }
        // Whatever still does not fit (a huge address) is cut at the box's edge by the column.
        column(canvas, pick, words, description, notes, area).go();
    }

    private interface Fit {
        boolean test(@Nullable String text) throws DocumentException;
    }

    /** The longest shortening of the text that fits, by bisection on its length; null when none does. */
    private static @Nullable String longestThatFits(@Nullable String text, Fit fit) throws DocumentException {
        if (text == null || fit.test(text)) {
            return text;
        }
        int low = 0;
        int high = text.length() - 1;
        @Nullable String best = null;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            var candidate = SheetWords.shorten(text, middle);
            if (candidate == null || fit.test(candidate)) {
                if (candidate != null) {
                    best = candidate;
                }
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return best;
    }

    private static boolean fits(
            PdfContentByte canvas,
            SheetPick pick,
            SheetWords words,
            @Nullable String description,
            @Nullable String notes,
            Area area)
            throws DocumentException {
        return !ColumnText.hasMoreText(
                column(canvas, pick, words, description, notes, area).go(true));
    }

    private static ColumnText column(
            PdfContentByte canvas,
            SheetPick pick,
            SheetWords words,
            @Nullable String description,
            @Nullable String notes,
            Area area) {
        var spacing = area.spacing();
        var column = new ColumnText(canvas);
        column.setSimpleColumn(area.left(), area.bottom(), area.right(), area.top());

        var name = new Paragraph(spacing.name);
        name.add(new Chunk(pick.number() + "   ", NUMBER));
        name.add(new Chunk(clean(pick.name()), NAME));
        name.setSpacingAfter(2);
        column.addElement(name);

        if (description != null) {
            var text = new Paragraph(spacing.description, clean(description), DESCRIPTION);
            text.setSpacingAfter(3);
            column.addElement(text);
        }
        if (pick.address() != null) {
            column.addElement(fact(spacing, words.label("address"), pick.address()));
        }
        var drive = fact(spacing, words.label("drive"), pick.drive());
        if (pick.price() != null) {
            drive.add(new Chunk(SEPARATOR, VALUE));
            drive.add(new Chunk(clean(words.label("price")) + " ", LABEL));
            drive.add(new Chunk(clean(pick.price()), VALUE));
        }
        column.addElement(drive);

        var opening = fact(spacing, words.label("opening"), pick.opening());
        if (notes != null) {
            opening.add(new Chunk(pick.opening().isEmpty() ? "" : " — ", VALUE));
            opening.add(new Chunk(clean(notes), NOTE));
        }
        column.addElement(opening);

        if (pick.website() != null && pick.url() != null) {
            var website = new Paragraph(spacing.fact);
            website.add(new Chunk(clean(words.label("website")) + " ", LABEL));
            website.add(new Chunk(clean(pick.website()), LINK).setAnchor(pick.url()));
            column.addElement(website);
        }
        return column;
    }

    private static Paragraph fact(Spacing spacing, String label, String value) {
        var fact = new Paragraph(spacing.fact);
        fact.add(new Chunk(clean(label) + " ", LABEL));
        fact.add(new Chunk(clean(value), VALUE));
        return fact;
    }

    /** The QR code as filled squares (one rectangle per run of dark modules in a row): sharp at any zoom. */
    private static void qr(PdfContentByte canvas, QrCode qr, float x, float y, float size) {
        var module = size / qr.size;
        canvas.saveState();
        canvas.setColorFill(Color.BLACK);
        for (int row = 0; row < qr.size; row++) {
            int column = 0;
            while (column < qr.size) {
                if (!qr.getModule(column, row)) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < qr.size && qr.getModule(column, row)) {
                    column++;
                }
                canvas.rectangle(x + start * module, y + size - (row + 1) * module, (column - start) * module, module);
            }
        }
        canvas.fill();
        canvas.restoreState();
    }

    private static void line(PdfContentByte canvas, Color color, float width, float y) {
        canvas.saveState();
        canvas.setColorStroke(color);
        canvas.setLineWidth(width);
        canvas.moveTo(LEFT, y);
        canvas.lineTo(RIGHT, y);
        canvas.stroke();
        canvas.restoreState();
    }

    /**
     * The text in characters Windows-1252 can show: thin and narrow spaces become spaces, a few signs
     * get their usual stand-in, letters outside it lose their accent, anything else becomes "?".
     */
    static String clean(String text) {
        StringBuilder cleaned = null;
        for (int i = 0; i < text.length(); i++) {
            var c = text.charAt(i);
            if (inCp1252(c)) {
                if (cleaned != null) {
                    cleaned.append(c);
                }
                continue;
            }
            if (cleaned == null) {
                cleaned = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                cleaned.append('?');
            } else {
                cleaned.append(replacement(c));
            }
        }
        return cleaned == null ? text : cleaned.toString();
    }

    private static final String CP1252_EXTRAS = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";

    private static boolean inCp1252(char c) {
        return c < 0x80 || c >= 0xa0 && c <= 0xff || CP1252_EXTRAS.indexOf(c) >= 0;
    }

    private static String replacement(char c) {
        return switch (c) {
            case '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200a', '\u202f' ->
                " ";
            case '\u2010', '\u2011', '\u2212' -> "-";
            case '\u2248' -> "~";
            case '\u2192' -> "->";
            case '\u200b', '\u200d', '\ufeff' -> "";
            default -> {
                var base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                yield !base.isEmpty() && inCp1252(base.charAt(0)) ? base.substring(0, 1) : "?";
            }
        };
    }
}
