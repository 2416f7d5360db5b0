package org.openbilling.codesets.table;

/**
 * Encodes a code of up to 7 characters [0-9A-Z] as a number whose order is the code's lexicographic order.
 * Each character is a base-37 digit (0 = padding, 1-10 = '0'-'9', 11-36 = 'A'-'Z'), so a code and all
 * codes it prefixes form one contiguous range of keys: {@code [key(prefix), prefixEnd(prefix))}.
 */
public final class CodeKey {
    /** Longest code a key can hold (ICD-10-CM). */
    public static final int MAX_LENGTH = 7;
    private static final long[] POW = new long[MAX_LENGTH + 1];

    static {
        POW[0] = 1;
        for (int i = 1; i <= MAX_LENGTH; i++) {
            POW[i] = POW[i - 1] * 37;
        }
    }

    private CodeKey() {
    }

    /** The digit of one character, or -1 when it is not [0-9A-Z]. */
    public static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0' + 1;
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 11;
        }
        return -1;
    }

    /** Key of an upper-case code without dots; -1 when it is empty, too long or has other characters. */
    public static long encode(CharSequence code) {
        int n = code.length();
        if (n == 0 || n > MAX_LENGTH) {
            return -1;
        }
        long k = 0;
        for (int i = 0; i < MAX_LENGTH; i++) {
            int d = 0;
            if (i < n) {
                d = digit(code.charAt(i));
                if (d <= 0) {
                    return -1;
                }
            }
            k = k * 37 + d;
        }
        return k;
    }

    /** First key after every code that starts with the code of {@code key}, which is {@code length} long. */
    public static long prefixEnd(long key, int length) {
        return key + POW[MAX_LENGTH - length];
    }

    /** The code (no dot) of a key. */
    public static String decode(long key) {
        char[] out = new char[MAX_LENGTH];
        int n = 0;
        long k = key;
        char[] rev = new char[MAX_LENGTH];
        for (int i = MAX_LENGTH - 1; i >= 0; i--) {
            int d = (int) (k % 37);
            k /= 37;
            rev[i] = d == 0 ? 0 : (d <= 10 ? (char) ('0' + d - 1) : (char) ('A' + d - 11));
        }
        for (char c : rev) {
            if (c != 0) {
                out[n++] = c;
            }
        }
        return new String(out, 0, n);
    }

    /** Length of the code of a key. */
    public static int length(long key) {
        int n = MAX_LENGTH;
        long k = key;
        while (n > 0 && k % 37 == 0) {
            k /= 37;
            n--;
        }
        return n;
    }
}
