package org.openbilling.domain.common;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The characters an X12 005010 file can carry, and the one transliteration this project applies on the way in.
 *
 * <p>X12's basic character set is A-Z, 0-9, space and {@code ! " & ' ( ) * + , - . / : ; ? =}; the extended set
 * adds a-z and {@code % @ [ ] _ { } \ | < > ~ # $}. Clearinghouses accept both, and nothing else: one name in
 * Chinese characters or with an emoji makes their 999 reject the whole batch it came in. Accented Latin letters
 * ({@code é}, {@code Ñ}, {@code ß}) and typographic punctuation (curly apostrophes, dashes, no-break spaces) are
 * what a person would expect to see written plainly, so they are transliterated ({@code José Müller-Straße} is
 * written {@code JOSE MULLER-STRASSE}) and the caller is told; any other character is refused.
 */
public final class X12Text {
    /** The delimiters the 837P writer uses; free text never carries them (they would split a segment). */
    public static final String DELIMITERS = "~*:^";

    private X12Text() {
    }

    /** True for a character of the X12 basic or extended set (printable ASCII but the grave accent). */
    public static boolean inCharacterSet(char c) {
        return c >= 0x20 && c < 0x7f && c != '`';
    }

    /** True when every character of {@code s} is in the X12 basic or extended set. */
    public static boolean inCharacterSet(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!inCharacterSet(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code s} with accented Latin letters and typographic punctuation replaced by their plain forms; every other
     * character is left as it is (so a character still outside the set after this cannot be written at all).
     * Returns {@code s} itself when there was nothing to replace.
     */
    public static String transliterate(String s) {
        if (s == null || inCharacterSet(s)) {
            return s;
        }
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c >= '\u0300' && c <= '\u036f' && b.length() > 0 && isLatinLetter(b.charAt(b.length() - 1))) {
                continue; // an accent on a Latin letter: é = e + U+0301
            }
            String plain = plain(c);
            if (plain != null) {
                b.append(plain);
            } else {
                b.append(c);
            }
        }
        String out = b.toString();
        // a character that did not decompose (a CJK ideograph, an emoji) comes back as it was, composed again
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /**
     * Free text as the 837P writer writes it: transliterated, upper case, delimiters and control characters as
     * spaces, stripped. Its length is the one the implementation guide's maximum applies to.
     */
    public static String asWritten(String s) {
        if (s == null) {
            return "";
        }
        String u = transliterate(s.strip()).toUpperCase(Locale.ROOT);
        StringBuilder b = null;
        for (int i = 0; i < u.length(); i++) {
            char ch = u.charAt(i);
            if (DELIMITERS.indexOf(ch) >= 0 || ch < ' ' || ch == 0x7f) {
                if (b == null) {
                    b = new StringBuilder(u);
                }
                b.setCharAt(i, ' ');
            }
        }
        return b == null ? u : b.toString().strip();
    }

    /** {@code asWritten(s).length()}, without building the text when {@code s} is already in the X12 set. */
    public static int writtenLength(String s) {
        if (s == null) {
            return 0;
        }
        if (!inCharacterSet(s)) {
            return asWritten(s).length();
        }
        // in the set: only blanks and delimiters at either end go (they become spaces, then are stripped)
        int from = 0;
        int to = s.length();
        while (from < to && (s.charAt(from) == ' ' || DELIMITERS.indexOf(s.charAt(from)) >= 0)) {
            from++;
        }
        while (to > from && (s.charAt(to - 1) == ' ' || DELIMITERS.indexOf(s.charAt(to - 1)) >= 0)) {
            to--;
        }
        return to - from;
    }

    /**
     * The first character of {@code s} that no transliteration brings into the X12 set, as the code point it is
     * (a surrogate pair counts once); -1 when there is none. Control characters are not counted: the writer turns
     * them into spaces, and input refuses them with its own rule.
     */
    public static int firstUnwritable(String s) {
        String t = transliterate(s);
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            if (cp >= 0x20 && cp != 0x7f && (cp > 0xffff || !inCharacterSet((char) cp))) {
                return cp;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /** How a code point is shown in a message: the character and its Unicode number. */
    public static String describe(int codePoint) {
        return "'" + new String(Character.toChars(codePoint)) + "' (U+" + String.format("%04X", codePoint) + ")";
    }

    private static boolean isLatinLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    /** Letters that do not decompose into a base letter and an accent, and typographic punctuation. */
    private static String plain(char c) {
        return switch (c) {
            case 'ß' -> "ss";
            case 'ẞ' -> "SS";
            case 'æ' -> "ae";
            case 'Æ' -> "AE";
            case 'œ' -> "oe";
            case 'Œ' -> "OE";
            case 'ø' -> "o";
            case 'Ø' -> "O";
            case 'đ', 'ð' -> "d";
            case 'Đ', 'Ð' -> "D";
            case 'ł' -> "l";
            case 'Ł' -> "L";
            case 'þ' -> "th";
            case 'Þ' -> "TH";
            case 'ı' -> "i";
            case 'ħ' -> "h";
            case 'Ħ' -> "H";
            case 'ŧ' -> "t";
            case 'Ŧ' -> "T";
            case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '`', '\u00b4' -> "'";
            case '\u201c', '\u201d', '\u201e', '\u2033' -> "\"";
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> "-";
            case '\u00a0', '\u2007', '\u202f' -> " ";
            default -> null;
        };
    }
}
