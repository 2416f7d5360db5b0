package org.openbilling.gateway.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.openbilling.domain.common.Money;

/**
 * CSV cells and rows (RFC 4180: CRLF line ends, fields with a comma, quote or line break quoted, quotes doubled).
 * Text that a spreadsheet would run as a formula (starting with {@code = + - @}, tab or carriage return) gets a
 * leading apostrophe; numbers, amounts and dates are written by us and pass unchanged, so that "-12.50" stays a
 * number.
 */
public final class Csv {
    static final String CRLF = "\r\n";

    private Csv() {
    }

    /** One row of cells, with its line end. */
    public static String row(List<?> cells) {
        StringBuilder b = new StringBuilder(cells.size() * 12);
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(cell(cells.get(i)));
        }
        return b.append(CRLF).toString();
    }

    /** One cell: values of our own making as they are, anything else as neutralised, quoted text. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Money || value instanceof BigDecimal || value instanceof Integer || value instanceof Long
                || value instanceof LocalDate || value instanceof Instant || value instanceof Enum<?>) {
            return value instanceof Enum<?> e ? e.name() : value instanceof BigDecimal d ? d.toPlainString() : value.toString();
        }
        return text(value.toString());
    }

    /** Free text: formula triggers neutralised, then quoted when it holds a delimiter or surrounding spaces. */
    public static String text(String s) {
        if (s.isEmpty()) {
            return s;
        }
        String t = isFormulaStart(s.charAt(0)) ? "'" + s : s;
        boolean quote = t.indexOf(',') >= 0 || t.indexOf('"') >= 0 || t.indexOf('\n') >= 0 || t.indexOf('\r') >= 0
                || Character.isWhitespace(t.charAt(0)) || Character.isWhitespace(t.charAt(t.length() - 1));
        return quote ? '"' + t.replace("\"", "\"\"") + '"' : t;
    }

    private static boolean isFormulaStart(char c) {
        // the full-width forms are read as formulas by some spreadsheet locales too
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
                || c == '\uFF1D' || c == '\uFF0B' || c == '\uFF0D' || c == '\uFF20';
    }
}
