package org.openbilling.codesets;

import org.openbilling.codesets.table.CodeKey;

/**
 * Normalizes codes as users type them (spaces, lower case, with or without the dot) and checks their shape.
 * Works on chars without regular expressions: validation runs millions of times a second.
 */
final class CodeFormats {
    /** A code as shown ({@code dotted}), its key and length without the dot; or a {@code problem} when malformed. */
    record Normalized(String dotted, long key, int length, String problem) {
        boolean ok() {
            return problem == null;
        }

        /** The code without its dot, as stored. */
        String bare() {
            int dot = dotted.indexOf('.');
            return dot < 0 ? dotted : dotted.substring(0, dot).concat(dotted.substring(dot + 1));
        }
    }

    private CodeFormats() {
    }

    /** Upper-case text without whitespace, or "" for null. */
    static String clean(String code) {
        if (code == null) {
            return "";
        }
        int n = code.length();
        boolean plain = true;
        for (int i = 0; i < n && plain; i++) {
            char c = code.charAt(i);
            plain = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c == '.';
        }
        if (plain) {
            return code;
        }
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = code.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                b.append(Character.toUpperCase(c));
            }
        }
        return b.toString();
    }

    private static Normalized bad(String cleaned, String problem) {
        return new Normalized(cleaned, -1, cleaned.length(), problem);
    }

    /** The code with a dot after {@code category} characters; the input itself when it already is (no allocation). */
    private static String dotted(String cleaned, String bare, int category) {
        if (bare.length() <= category) {
            return bare;
        }
        if (cleaned.length() == bare.length() + 1) {
            return cleaned;
        }
        char[] out = new char[bare.length() + 1];
        bare.getChars(0, category, out, 0);
        out[category] = '.';
        bare.getChars(category, bare.length(), out, category + 1);
        return new String(out);
    }

    /** Key of a code skipping its dot, or -1. */
    private static long keyWithoutDot(String c) {
        int dot = c.indexOf('.');
        return CodeKey.encode(dot < 0 ? c : new DotlessView(c, dot));
    }

    /** A code's characters without its dot, without copying them. */
    private record DotlessView(String s, int dot) implements CharSequence {
        @Override
        public int length() {
            return s.length() - 1;
        }

        @Override
        public char charAt(int i) {
            return s.charAt(i < dot ? i : i + 1);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String toString() {
            return s.substring(0, dot).concat(s.substring(dot + 1));
        }
    }

    /** ICD-10-CM: a letter, two letters-or-digits, then up to four more after an optional dot at position 4. */
    static Normalized icd10cm(String input) {
        String c = clean(input);
        int dot = c.indexOf('.');
        if (dot >= 0 && (dot != 3 || c.indexOf('.', dot + 1) >= 0 || dot == c.length() - 1)) {
            return bad(c, "an ICD-10-CM code has its dot after the third character (E11.9)");
        }
        int n = dot >= 0 ? c.length() - 1 : c.length();
        if (n < 3 || n > 7) {
            return bad(c, "an ICD-10-CM code has 3 to 7 characters (E11.9, S02.0XXA)");
        }
        if (c.charAt(0) < 'A' || c.charAt(0) > 'Z') {
            return bad(c, "an ICD-10-CM code starts with a letter" + (Character.isDigit(c.charAt(0)) ? "; is it ICD-9-CM or CPT?" : ""));
        }
        for (int i = 1; i < c.length(); i++) {
            if (i != dot && CodeKey.digit(c.charAt(i)) < 0) {
                return bad(c, "an ICD-10-CM code has only letters and digits");
            }
        }
        String dotted = dot >= 0 || n == 3 ? c : dotted(c, c, 3);
        return new Normalized(dotted, keyWithoutDot(c), n, null);
    }

    /** ICD-9-CM diagnosis: 3 digits (+1-2), V + 2 digits (+1-2), or E + 3 digits (+1); dot after the category. */
    static Normalized icd9cm(String input) {
        String c = clean(input);
        if (c.isEmpty()) {
            return bad(c, "an ICD-9-CM code is required");
        }
        char first = c.charAt(0);
        int category = first == 'E' ? 4 : 3;
        int maxTail = first == 'E' ? 1 : 2;
        int dot = c.indexOf('.');
        String bare = c;
        if (dot >= 0) {
            if (dot != category || c.indexOf('.', dot + 1) >= 0 || dot == c.length() - 1) {
                return bad(c, "an ICD-9-CM code has its dot after the category (250.00, V70.0, E849.0)");
            }
            bare = c.substring(0, dot).concat(c.substring(dot + 1));
        }
        int n = bare.length();
        boolean shape = n >= category && n <= category + maxTail && (Character.isDigit(first) || first == 'V' || first == 'E');
        for (int i = 1; shape && i < n; i++) {
            shape = bare.charAt(i) >= '0' && bare.charAt(i) <= '9';
        }
        if (!shape) {
            return bad(c, "an ICD-9-CM diagnosis is 3 digits with up to 2 more (250.00), V + 2 digits (V70.0) or E + 3 digits (E849.0)");
        }
        return new Normalized(dotted(c, bare, category), CodeKey.encode(bare), n, null);
    }

    /** HCPCS Level II: a letter and four digits. */
    static Normalized hcpcs(String input) {
        String c = clean(input);
        boolean shape = c.length() == 5 && c.charAt(0) >= 'A' && c.charAt(0) <= 'Z';
        for (int i = 1; shape && i < 5; i++) {
            shape = c.charAt(i) >= '0' && c.charAt(i) <= '9';
        }
        if (!shape) {
            return bad(c, "a HCPCS Level II code is a letter and four digits (G0439)" + (looksCpt(c) ? "; " + c + " looks like CPT" : ""));
        }
        return new Normalized(c, CodeKey.encode(c), c.length(), null);
    }

    /** Modifier: two letters or digits. */
    static Normalized modifier(String input) {
        String c = clean(input);
        if (c.length() != 2 || CodeKey.digit(c.charAt(0)) < 0 || CodeKey.digit(c.charAt(1)) < 0) {
            return bad(c, "a modifier is two letters or digits (25, 59, XS, LT)");
        }
        return new Normalized(c, CodeKey.encode(c), c.length(), null);
    }

    /** CPT: five digits (Category I), four digits + F (II), + T (III), + U (PLA) or + M (MAAA). */
    static Normalized cpt(String input) {
        String c = clean(input);
        if (!looksCpt(c)) {
            boolean hcpcs = c.length() == 5 && c.charAt(0) >= 'A' && c.charAt(0) <= 'Z';
            return bad(c, "a CPT code is five digits (99213), or four digits + F (0001F), T (0042T), U or M"
                    + (hcpcs ? "; " + c + " looks like HCPCS Level II" : ""));
        }
        return new Normalized(c, CodeKey.encode(c), c.length(), null);
    }

    private static boolean looksCpt(String c) {
        if (c.length() != 5) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (c.charAt(i) < '0' || c.charAt(i) > '9') {
                return false;
            }
        }
        char last = c.charAt(4);
        return (last >= '0' && last <= '9') || last == 'F' || last == 'T' || last == 'U' || last == 'M';
    }
}
