package org.comptoir.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import org.comptoir.report.ReportColumn.Format;
import org.jspecify.annotations.Nullable;

/**
 * How a report's numbers read, the same on the screen, in the charts and in every export: counts and indexes
 * as whole numbers, shares, changes, means and medians with one decimal, changes signed.
 */
public final class ReportNumbers {

    /** The minus sign, not the hyphen, on screen: "−3,0 %". */
    private static final String MINUS = "\u2212";

    private ReportNumbers() {}

    /** The number as the reader sees it, e.g. "1 234", "12,5 %", "87", "+4,0 %"; empty when there is none. */
    public static String format(@Nullable Number value, Format format, Locale locale) {
        if (value == null) {
            return "";
        }
        return formatter(format, locale).format(scaled(value, format));
    }

    /**
     * The number rounded as on screen, without grouping, sign or percent sign, with the reader's decimal
     * separator: what a spreadsheet opening the CSV reads as a number.
     */
    public static String plain(@Nullable Number value, Format format, Locale locale) {
        if (value == null) {
            return "";
        }
        var rounded = rounded(value, format);
        var text = rounded.toPlainString();
        var separator = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        return separator == '.' ? text : text.replace('.', separator);
    }

    /** The number rounded as on screen: what the spreadsheet stores. */
    public static BigDecimal rounded(Number value, Format format) {
        var decimals = switch (format) {
            case COUNT, INDEX -> 0;
            case PERCENT, CHANGE, DECIMAL -> 1;
        };
        return value instanceof Long || value instanceof Integer
                ? BigDecimal.valueOf(value.longValue())
                : BigDecimal.valueOf(value.doubleValue()).setScale(decimals, RoundingMode.HALF_UP);
    }

    /** The formatter for a column; percentages take a fraction (12,5 % is 0.125). */
    public static NumberFormat formatter(Format format, Locale locale) {
        return switch (format) {
            case COUNT, INDEX -> {
                var whole = NumberFormat.getIntegerInstance(locale);
                whole.setRoundingMode(RoundingMode.HALF_UP);
                yield whole;
            }
            case PERCENT -> percent(locale);
            case DECIMAL -> {
                var decimal = NumberFormat.getNumberInstance(locale);
                decimal.setMinimumFractionDigits(1);
                decimal.setMaximumFractionDigits(1);
                decimal.setRoundingMode(RoundingMode.HALF_UP);
                yield decimal;
            }
            case CHANGE -> {
                var change = (DecimalFormat) percent(locale);
                var prefix = change.getPositivePrefix();
                change.setPositivePrefix("+" + prefix);
                change.setNegativePrefix(MINUS + prefix);
                yield change;
            }
        };
    }

    /** The value the formatter takes: percentages as fractions. */
    public static double scaled(Number value, Format format) {
        return switch (format) {
            case COUNT, INDEX, DECIMAL -> value.doubleValue();
            case PERCENT, CHANGE -> value.doubleValue() / 100;
        };
    }

    private static NumberFormat percent(Locale locale) {
        var percent = NumberFormat.getPercentInstance(locale);
        percent.setMinimumFractionDigits(1);
        percent.setMaximumFractionDigits(1);
        percent.setRoundingMode(RoundingMode.HALF_UP);
        return percent;
    }
}
