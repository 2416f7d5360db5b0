package org.openbilling.x12;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import org.openbilling.domain.common.InvalidValueException;
import org.openbilling.domain.common.Money;

/** One segment as read: its id, its 1-based position in the file, and its elements split into components. */
final class Segment {
    private static final String[] NONE = new String[0];

    private final String tag;
    private final int position;
    private final String[][] elements;

    Segment(String tag, int position, String[][] elements) {
        this.tag = tag;
        this.position = position;
        this.elements = elements;
    }

    String tag() {
        return tag;
    }

    int position() {
        return position;
    }

    boolean is(String id) {
        return tag.equals(id);
    }

    /** How many elements the segment carries (trailing empty ones may be missing). */
    int size() {
        return elements.length - 1;
    }

    /** Element {@code i} (1-based, as in "CLP01"), its first component; "" when absent. */
    String el(int i) {
        return comp(i, 1);
    }

    /** Component {@code j} (1-based) of element {@code i}; "" when absent. */
    String comp(int i, int j) {
        if (i >= elements.length || elements[i] == null || j > elements[i].length) {
            return "";
        }
        String v = elements[i][j - 1];
        return v == null ? "" : v;
    }

    /** All components of element {@code i}; empty when absent. */
    String[] components(int i) {
        return i >= elements.length || elements[i] == null ? NONE : elements[i];
    }

    /** An X12 code value, upper-cased because some senders write codes in lower case. */
    String code(int i) {
        return upper(el(i));
    }

    /** Upper case; the usual all-upper-case value is returned as it is, without the JDK's per-character case mapping. */
    static String upper(String v) {
        for (int k = 0; k < v.length(); k++) {
            char c = v.charAt(k);
            if (c >= 'a' && c <= 'z' || c > 0x7F) {
                return v.toUpperCase(Locale.ROOT);
            }
        }
        return v;
    }

    String require(int i, String what) {
        String v = el(i);
        if (v.isEmpty()) {
            throw error(String.format("%s%02d (%s) is required", tag, i, what));
        }
        return v;
    }

    Money money(int i, String what) {
        return parseMoney(require(i, what), i, what);
    }

    /** The amount, or null when the element is empty. */
    Money moneyOrNull(int i, String what) {
        String v = el(i);
        return v.isEmpty() ? null : parseMoney(v, i, what);
    }

    Money moneyOrZero(int i, String what) {
        String v = el(i);
        return v.isEmpty() ? Money.ZERO : parseMoney(v, i, what);
    }

    BigDecimal decimalOrNull(int i, String what) {
        String v = el(i);
        if (v.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw error(String.format("%s%02d (%s) is not a number: '%s'", tag, i, what, v));
        }
    }

    /** A CCYYMMDD date, or null when the element is empty. */
    LocalDate dateOrNull(int i, String what) {
        return parseDate(el(i), i, what);
    }

    LocalDate parseDate(String v, int i, String what) {
        if (v.isEmpty()) {
            return null;
        }
        if (v.length() != 8) {
            throw error(String.format("%s%02d (%s) is not a CCYYMMDD date: '%s'", tag, i, what, v));
        }
        try {
            return LocalDate.of(Integer.parseInt(v, 0, 4, 10), Integer.parseInt(v, 4, 6, 10),
                    Integer.parseInt(v, 6, 8, 10));
        } catch (NumberFormatException | DateTimeException e) {
            throw error(String.format("%s%02d (%s) is not a CCYYMMDD date: '%s'", tag, i, what, v));
        }
    }

    X12FormatException error(String message) {
        return new X12FormatException(tag, position, message);
    }

    private Money parseMoney(String v, int i, String what) {
        try {
            BigDecimal d = cents(v);
            if (d == null) {
                d = new BigDecimal(v);
            }
            if (d.scale() > Money.SCALE) {
                // X12 R elements may carry more decimals than cents ("12.500"); only exact cents are money
                d = d.stripTrailingZeros();
            }
            return new Money(d);
        } catch (NumberFormatException | InvalidValueException e) {
            throw error(String.format("%s%02d (%s) is not an amount of dollars: '%s'", tag, i, what, v));
        }
    }

    /**
     * The usual X12 amount ({@code -?digits[.d[d]]}, at most 15 digits) as a BigDecimal equal, scale included, to
     * {@code new BigDecimal(v)}, without its general parser; null for anything else (left to that parser).
     */
    static BigDecimal cents(String v) {
        int n = v.length();
        int k = n > 0 && v.charAt(0) == '-' ? 1 : 0;
        long unscaled = 0;
        int digits = 0;
        int scale = -1;
        for (; k < n; k++) {
            char c = v.charAt(k);
            if (c >= '0' && c <= '9') {
                unscaled = unscaled * 10 + (c - '0');
                digits++;
                if (scale >= 0) {
                    scale++;
                }
            } else if (c == '.' && scale < 0) {
                scale = 0;
            } else {
                return null;
            }
        }
        if (digits == 0 || digits > 15 || scale > 2) {
            return null;
        }
        return BigDecimal.valueOf(v.charAt(0) == '-' ? -unscaled : unscaled, Math.max(scale, 0));
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(tag);
        for (int i = 1; i < elements.length; i++) {
            b.append('*');
            if (elements[i] != null) {
                b.append(String.join(":", elements[i]));
            }
        }
        return b.toString();
    }
}
