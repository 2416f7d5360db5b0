package org.openbilling.domain.common;

/**
 * A National Drug Code in the eleven-digit 5-4-2 form that claims carry (X12 LIN03, qualifier N4), stored without
 * hyphens. Input may be the eleven digits, or hyphenated exactly as 5-4-2 ({@code 12345-6789-01}); the ten-digit
 * package forms (4-4-2, 5-3-2, 5-4-1) are refused rather than padded, because only the labeler knows which segment
 * lost its leading zero once the hyphens are gone.
 */
public record Ndc(String value) implements StringValue {
    public Ndc {
        value = normalize(value);
        if (value == null) {
            throw new InvalidValueException("ndc-format", "an NDC is eleven digits, 5-4-2 (12345678901 or 12345-6789-01)");
        }
    }

    /** The eleven digits of an NDC as accepted above, or null when it is not one. Allocation-free for stored values. */
    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (t.length() == 11) {
            return allDigits(t, 0, 11) ? t : null;
        }
        if (t.length() == 13 && t.charAt(5) == '-' && t.charAt(10) == '-'
                && allDigits(t, 0, 5) && allDigits(t, 6, 10) && allDigits(t, 11, 13)) {
            return t.substring(0, 5) + t.substring(6, 10) + t.substring(11);
        }
        return null;
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return value;
    }
}
