package org.openbilling.codesets;

import java.util.ArrayList;
import java.util.List;
import org.openbilling.codesets.table.CharacterMask;

/**
 * Codes as they were probably meant when a character cannot belong where it was typed: the letter O for zero, I or L
 * for one, and the other shapes that readers and OCR confuse (S/5, Z/2, B/8, G/6, T/7), and for a first letter no
 * code uses, the letters that look like it (O/Q, I/J). Only candidates that are codes of the system are offered; the
 * caller checks that.
 */
final class LookAlikes {
    private static final int MAX_CANDIDATES = 16;

    private LookAlikes() {
    }

    /** Characters that {@code c} may have been meant as, most likely first. */
    static String of(char c) {
        return switch (c) {
            case 'O' -> "0QDCG";
            case 'Q', 'D' -> "0O";
            case 'I' -> "1JLT";
            case 'L' -> "1I";
            case 'Z' -> "2";
            case 'S' -> "5";
            case 'G' -> "6C";
            case 'T' -> "7";
            case 'B' -> "8";
            case 'W' -> "V";
            case 'N' -> "M";
            case 'F' -> "E";
            case 'Y' -> "V";
            case '0' -> "OQD";
            case '1' -> "IL";
            case '2' -> "Z";
            case '5' -> "S";
            case '6' -> "G";
            case '7' -> "T";
            case '8' -> "B";
            default -> "";
        };
    }

    /**
     * Variants of {@code code} (no dot) in which every position whose character {@code masks} does not allow there is
     * replaced by a look-alike it allows; empty when some such position has none. At most 16, most likely first.
     */
    static List<String> repairs(String code, long[] masks) {
        List<String> out = new ArrayList<>();
        out.add(code);
        boolean changed = false;
        for (int p = 0; p < code.length(); p++) {
            char c = code.charAt(p);
            if (CharacterMask.allows(masks, p, c)) {
                continue;
            }
            changed = true;
            List<String> next = new ArrayList<>();
            for (String candidate : out) {
                for (char alt : of(c).toCharArray()) {
                    if (CharacterMask.allows(masks, p, alt) && next.size() < MAX_CANDIDATES) {
                        next.add(candidate.substring(0, p) + alt + candidate.substring(p + 1));
                    }
                }
            }
            out = next;
        }
        return changed ? out : List.of();
    }

    /** Position (0-based) of the first character that {@code masks} does not allow there, or -1. */
    static int firstMismatch(String code, long[] masks) {
        for (int p = 0; p < code.length(); p++) {
            if (!CharacterMask.allows(masks, p, code.charAt(p))) {
                return p;
            }
        }
        return -1;
    }

    /** "the letter O", "the digit 1": how a message names a character. */
    static String name(char c) {
        return (Character.isDigit(c) ? "the digit " : "the letter ") + c;
    }

    /** 1 → "1st", 2 → "2nd", 3 → "3rd", n → "nth". */
    static String ordinal(int position) {
        return position + switch (position) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}
