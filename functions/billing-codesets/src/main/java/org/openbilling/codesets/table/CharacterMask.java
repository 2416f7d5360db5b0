package org.openbilling.codesets.table;

/**
 * Which characters occur at each position of a code system's codes, as one bit per {@link CodeKey#digit} per position,
 * collected from every code held at build time. A character that no code held has at its position cannot belong to
 * the system (a letter O where ICD-10-CM has digits), while one that some code has there is merely unknown.
 */
public final class CharacterMask {
    private CharacterMask() {
    }

    /** Adds the characters of {@code code} (no dot) to {@code masks}, one per position. */
    public static void add(long[] masks, String code) {
        for (int p = 0; p < code.length() && p < masks.length; p++) {
            int d = CodeKey.digit(code.charAt(p));
            if (d > 0) {
                masks[p] |= 1L << d;
            }
        }
    }

    /** True when some code held has {@code c} at position {@code p} (0-based). */
    public static boolean allows(long[] masks, int p, char c) {
        int d = CodeKey.digit(c);
        return p < masks.length && d > 0 && (masks[p] & (1L << d)) != 0;
    }

    /** The characters allowed at position {@code p}, in key order ("0123456789AB"). */
    public static String allowed(long[] masks, int p) {
        StringBuilder b = new StringBuilder();
        for (char c = '0'; c <= 'Z'; c++) {
            if (CodeKey.digit(c) > 0 && allows(masks, p, c)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
