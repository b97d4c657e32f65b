package org.comptoir.suggestion;

import io.nayuki.qrcodegen.QrCode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The sheet as one self-contained, print-friendly HTML page: inline CSS, QR codes as inline SVG, sized
 * for A4. On screen it looks like a sheet of paper; printed, it fills one page.
 */
final class SheetHtml {

    /**
     * A browser cannot be asked what fits, so descriptions get a length by the number of picks, and a
     * crowded sheet (six picks or more) gets tighter spacing and no opening notes.
     */
    private static final int[] DESCRIPTION_CHARACTERS = {0, 400, 400, 400, 320, 240, 110, 100, 90};

    private static final int CROWDED = 6;
    private static final int MAX_NOTES = 160;

    private static final String STYLE = """
            @page { size: A4; margin: 14mm 15mm; }
            * { box-sizing: border-box; }
            html { background: #e9eef0; }
            body { margin: 0; font-family: Helvetica, Arial, sans-serif; color: #222; font-size: 9pt; \
            line-height: 1.3; }
            .sheet { width: 210mm; min-height: 297mm; margin: 8mm auto; padding: 14mm 15mm; background: #fff; \
            box-shadow: 0 1mm 4mm rgba(0, 0, 0, .15); display: flex; flex-direction: column; }
            header { border-bottom: 1.5pt solid #1d5c63; padding-bottom: 2mm; margin-bottom: 1mm; }
            .office { margin: 0; font-size: 10pt; font-weight: bold; color: #5f666b; text-transform: uppercase; }
            h1 { margin: 1mm 0 0; font-size: 22pt; color: #1d5c63; }
            .pick { display: flex; gap: 5mm; padding: 3mm 0; border-bottom: .6pt solid #ccd5d8; \
            break-inside: avoid; }
            .pick:last-child { border-bottom: none; }
            .pick .text { flex: 1; }
            h2 { margin: 0 0 .7mm; font-size: 12pt; color: #1d5c63; }
            h2 .number { color: #5f666b; margin-right: 2.5mm; }
            .description { margin: 0 0 1mm; }
            .fact { margin: 0; font-size: 8.5pt; }
            .label { font-weight: bold; color: #5f666b; }
            .separator { color: #5f666b; padding: 0 2mm; }
            .notes { font-style: italic; color: #5f666b; }
            a { color: #1d5c63; text-decoration: none; }
            .qr { width: 22mm; height: 22mm; flex: none; }
            footer { margin-top: auto; border-top: .6pt solid #ccd5d8; padding-top: 2mm; display: flex; \
            justify-content: space-between; align-items: baseline; font-size: 8.5pt; color: #5f666b; }
            .crowded .pick { padding: 1.5mm 0; line-height: 1.2; }
            .crowded .qr { width: 19mm; height: 19mm; }
            .survey { margin-top: auto; display: flex; gap: 5mm; align-items: center; \
            border-top: .6pt solid #ccd5d8; \
            padding: 3mm 0 2mm; break-inside: avoid; }
            .survey .qr { width: 20mm; height: 20mm; }
            .survey h2 { font-size: 11pt; }
            .survey p { margin: 0; }
            .survey .link { font-size: 7pt; color: #5f666b; word-break: break-all; }
            .goodbye { font-weight: bold; font-style: italic; font-size: 11pt; color: #1d5c63; }
            @media print {
              html { background: none; }
              .sheet { width: auto; min-height: 268mm; margin: 0; padding: 0; box-shadow: none; }
              a[href] { color: #1d5c63; }
            }
            """;

    private SheetHtml() {}

    static String render(SheetRequest request, SheetWords words, List<SheetPick> picks) {
        var title = words.text("title");
        var crowded = picks.size() >= CROWDED;
        var html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n<html lang=\"")
                .append(words.language().code())
                .append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>")
                .append(escape(title + " – " + request.officeName()))
                .append("</title>\n")
                .append("<style>\n")
                .append(STYLE)
                .append("</style>\n</head>\n<body>\n<main class=\"sheet")
                .append(crowded ? " crowded" : "")
                .append("\">\n")
                .append("<header>\n<p class=\"office\">")
                .append(escape(request.officeName()))
                .append("</p>\n")
                .append("<h1>")
                .append(escape(title))
                .append("</h1>\n</header>\n");
        var descriptionLength = DESCRIPTION_CHARACTERS[Math.min(picks.size(), SheetRequest.MAX_PICKS)];
        for (var pick : picks) {
            pick(html, pick, words, descriptionLength, !crowded);
        }
        if (request.surveyUrl() != null) {
            survey(html, request.surveyUrl(), words);
        }
        html.append("<footer>\n<span>")
                .append(escape(words.preparedOn(request.date())))
                .append("</span>\n")
                .append("<span class=\"goodbye\">")
                .append(escape(words.text("goodbye")))
                .append("</span>\n")
                .append("</footer>\n</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void pick(
            StringBuilder html, SheetPick pick, SheetWords words, int descriptionLength, boolean withNotes) {
        html.append("<section class=\"pick\">\n<div class=\"text\">\n<h2><span class=\"number\">")
                .append(pick.number())
                .append("</span>")
                .append(escape(pick.name()))
                .append("</h2>\n");
        var description = SheetWords.shorten(pick.description(), descriptionLength);
        if (description != null) {
            html.append("<p class=\"description\">").append(escape(description)).append("</p>\n");
        }
        if (pick.address() != null) {
            fact(html, words.label("address")).append(escape(pick.address())).append("</p>\n");
        }
        fact(html, words.label("drive")).append(escape(pick.drive()));
        if (pick.price() != null) {
            html.append("<span class=\"separator\">·</span><span class=\"label\">")
                    .append(escape(words.label("price")))
                    .append("</span> ")
                    .append(escape(pick.price()));
        }
        html.append("</p>\n");
        fact(html, words.label("opening")).append(escape(pick.opening()));
        var notes = withNotes ? SheetWords.shorten(pick.openingNotes(), MAX_NOTES) : null;
        if (notes != null) {
            html.append(pick.opening().isEmpty() ? "" : " — ")
                    .append("<span class=\"notes\">")
                    .append(escape(notes))
                    .append("</span>");
        }
        html.append("</p>\n");
        if (pick.url() != null && pick.website() != null) {
            fact(html, words.label("website"))
                    .append("<a href=\"")
                    .append(escape(pick.url()))
                    .append("\">")
                    .append(escape(pick.website()))
                    .append("</a></p>\n");
        }
        html.append("</div>\n");
        if (pick.qr() != null) {
            svg(html, pick.qr(), words.text("qr"));
        }
        html.append("</section>\n");
    }

    /** This visitor's survey: its QR code, what it is, and its address as a link. */
    private static void survey(StringBuilder html, String url, SheetWords words) {
        html.append("<section class=\"survey\">\n");
        svg(html, SheetWords.qr(url), words.text("survey.qr"));
        html.append("<div>\n<h2>")
                .append(escape(words.text("survey.title")))
                .append("</h2>\n<p>")
                .append(escape(words.text("survey.text")))
                .append("</p>\n<p class=\"link\"><a href=\"")
                .append(escape(url))
                .append("\">")
                .append(escape(url))
                .append("</a></p>\n</div>\n</section>\n");
    }

    private static StringBuilder fact(StringBuilder html, String label) {
        return html.append("<p class=\"fact\"><span class=\"label\">")
                .append(escape(label))
                .append("</span> ");
    }

    /** The QR code as one SVG path, one rectangle per run of dark modules, with the standard 4-module margin. */
    private static void svg(StringBuilder html, QrCode qr, String label) {
        var border = 4;
        var side = qr.size + 2 * border;
        html.append("<svg class=\"qr\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(side)
                .append(' ')
                .append(side)
                .append("\" role=\"img\" aria-label=\"")
                .append(escape(label))
                .append("\" shape-rendering=\"crispEdges\"><path fill=\"#000\" d=\"");
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
                html.append('M')
                        .append(start + border)
                        .append(',')
                        .append(row + border)
                        .append('h')
                        .append(column - start)
                        .append("v1h-")
                        .append(column - start)
                        .append('z');
            }
        }
        html.append("\"/></svg>\n");
    }

    static String escape(@Nullable String text) {
        if (text == null) {
            return "";
        }
        var escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            var c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
