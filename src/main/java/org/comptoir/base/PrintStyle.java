package org.comptoir.base;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.openpdf.text.pdf.BaseFont;

/**
 * The look the office's printed documents share (the suggestion sheet, the report exports): the PDF
 * standard Helvetica faces (nothing to embed, nothing read from disk per document) in the Windows-1252
 * encoding, which covers the accents of the six sheet languages and the € sign, and the office's colours.
 */
public final class PrintStyle {

    public static final BaseFont REGULAR = font(BaseFont.HELVETICA);
    public static final BaseFont BOLD = font(BaseFont.HELVETICA_BOLD);
    public static final BaseFont ITALIC = font(BaseFont.HELVETICA_OBLIQUE);
    public static final BaseFont BOLD_ITALIC = font(BaseFont.HELVETICA_BOLDOBLIQUE);

    public static final Color ACCENT = new Color(0x1d, 0x5c, 0x63);
    public static final Color INK = new Color(0x22, 0x22, 0x22);
    public static final Color MUTED = new Color(0x5f, 0x66, 0x6b);
    public static final Color HAIRLINE = new Color(0xcc, 0xd5, 0xd8);

    private PrintStyle() {}

    private static BaseFont font(String name) {
        try {
            return BaseFont.createFont(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
