package org.openbilling.codesets;

import org.openbilling.codesets.table.CodeKey;

/**
 * Normalizes codes as users type them (spaces, lower case, with or without the dot) and checks their shape.
 * Works on chars without regular expressions: validation runs millions of times a second.
 */
final class CodeFormats {
    /** A code as stored ({@code bare}, no dot), as shown ({@code dotted}), its key; or a {@code problem} when malformed. */
    record Normalized(String bare, String dotted, long key, String problem) {
        boolean ok() {
            return problem == null;
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
        return new Normalized(cleaned, cleaned, -1, problem);
    }

    /** ICD-10-CM: a letter, two letters-or-digits, then up to four more after an optional dot at position 4. */
    static Normalized icd10cm(String input) {
        String c = clean(input);
        int dot = c.indexOf('.');
        String bare = c;
        if (dot >= 0) {
            if (dot != 3 || c.indexOf('.', dot + 1) >= 0 || dot == c.length() - 1) {
                return bad(c, "an ICD-10-CM code has its dot after the third character (E11.9)");
            }
            bare = c.substring(0, 3) + c.substring(4);
        }
        int n = bare.length();
        if (n < 3 || n > 7) {
            return bad(c, "an ICD-10-CM code has 3 to 7 characters (E11.9, S02.0XXA)");
        }
        if (bare.charAt(0) < 'A' || bare.charAt(0) > 'Z') {
            return bad(c, "an ICD-10-CM code starts with a letter" + (Character.isDigit(bare.charAt(0)) ? "; is it ICD-9-CM or CPT?" : ""));
        }
        for (int i = 1; i < n; i++) {
            if (CodeKey.digit(bare.charAt(i)) < 0) {
                return bad(c, "an ICD-10-CM code has only letters and digits");
            }
        }
        String dotted = n > 3 ? bare.substring(0, 3) + "." + bare.substring(3) : bare;
        return new Normalized(bare, dotted, CodeKey.encode(bare), null);
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
            bare = c.substring(0, dot) + c.substring(dot + 1);
        }
        int n = bare.length();
        boolean shape = n >= category && n <= category + maxTail && (Character.isDigit(first) || first == 'V' || first == 'E');
        for (int i = 1; shape && i < n; i++) {
            shape = bare.charAt(i) >= '0' && bare.charAt(i) <= '9';
        }
        if (!shape) {
            return bad(c, "an ICD-9-CM diagnosis is 3 digits with up to 2 more (250.00), V + 2 digits (V70.0) or E + 3 digits (E849.0)");
        }
        String dotted = n > category ? bare.substring(0, category) + "." + bare.substring(category) : bare;
        return new Normalized(bare, dotted, CodeKey.encode(bare), null);
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
        return new Normalized(c, c, CodeKey.encode(c), null);
    }

    /** Modifier: two letters or digits. */
    static Normalized modifier(String input) {
        String c = clean(input);
        if (c.length() != 2 || CodeKey.digit(c.charAt(0)) < 0 || CodeKey.digit(c.charAt(1)) < 0) {
            return bad(c, "a modifier is two letters or digits (25, 59, XS, LT)");
        }
        return new Normalized(c, c, CodeKey.encode(c), null);
    }

    /** CPT: five digits (Category I), four digits + F (II), + T (III), + U (PLA) or + M (MAAA). */
    static Normalized cpt(String input) {
        String c = clean(input);
        if (!looksCpt(c)) {
            boolean hcpcs = c.length() == 5 && c.charAt(0) >= 'A' && c.charAt(0) <= 'Z';
            return bad(c, "a CPT code is five digits (99213), or four digits + F (0001F), T (0042T), U or M"
                    + (hcpcs ? "; " + c + " looks like HCPCS Level II" : ""));
        }
        return new Normalized(c, c, CodeKey.encode(c), null);
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
