package org.openbilling.codesets.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How index entries and queries are cut into words and reduced to stems, the same way on both sides: lower case,
 * runs of letters and digits ({@code non-ST} is "non", "st"), roman numerals I-IV as digits ({@code type II} is "type
 * 2"), then a light suffix stemmer so that the forms the Index mixes meet ("infarct"/"infarction",
 * "myocardium"/"myocardial", "diabetes"/"diabetic", "fracture"/"fractured"). Connecting words ("of", "with", "due",
 * "NEC", "unspecified") are not indexed and not searched: they cost an entry nothing when a query lacks them.
 */
public final class Words {
    private static final Set<String> CONNECTORS = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "by", "for", "with", "and",
            "or", "as", "from", "into", "nos", "nec", "other", "specified", "unspecified", "due", "classified", "elsewhere",
            "not", "than", "its", "is", "are", "be", "was", "were", "this", "that", "which", "who", "any", "also", "so", "called",
            "s", "pt", "patient", "dx", "diagnosis", "diagnosed", "w", "wo", "encounter");
    private static final String[] SUFFIXES = {"ically", "ational", "ations", "ation", "ition", "ions", "ion", "ious", "ives", "ive",
            "ical", "ancy", "ency", "ance", "ence", "ant", "ent", "ity", "ic", "al", "ia", "um", "ous", "us", "ing", "ed", "es", "y", "e"};
    private static final int MIN_STEM = 4;

    private Words() {
    }

    /** Lower-case words of a text (letters and digits), roman numerals I-IV as digits, possessive 's dropped. */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        String t = text.toLowerCase(Locale.ROOT).replace("'s ", " ").replace("’s ", " ").replace("'", "").replace("’", "");
        int start = -1;
        for (int i = 0; i <= t.length(); i++) {
            char c = i < t.length() ? t.charAt(i) : ' ';
            boolean word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c > 127 && Character.isLetterOrDigit(c));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(roman(t.substring(start, i)));
                start = -1;
            }
        }
        return out;
    }

    private static String roman(String w) {
        return switch (w) {
            case "i" -> "1";
            case "ii" -> "2";
            case "iii" -> "3";
            case "iv" -> "4";
            default -> w;
        };
    }

    /** True for a word that connects rather than names ("with", "of", "NEC", "unspecified"). */
    public static boolean isConnector(String token) {
        return CONNECTORS.contains(token);
    }

    /** The stem of a lower-case word: a plural and then one common suffix removed, keeping at least four letters. */
    public static String stem(String word) {
        String w = word;
        if (w.length() <= 3 || !Character.isLetter(w.charAt(0))) {
            return w;
        }
        if (w.endsWith("ies") && w.length() > 4) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("sses")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        for (String suffix : SUFFIXES) {
            // vaccinia is not vaccine: "-inia" keeps its ending
            if (suffix.equals("ia") && w.endsWith("inia")) {
                continue;
            }
            if (w.endsWith(suffix) && w.length() - suffix.length() >= MIN_STEM) {
                return w.substring(0, w.length() - suffix.length());
            }
        }
        return w;
    }

    /** The stems of a text's words other than connectors, in order (duplicates kept). */
    public static List<String> stems(String text) {
        List<String> out = new ArrayList<>();
        for (String t : tokens(text)) {
            if (!isConnector(t)) {
                out.add(stem(t));
            }
        }
        return out;
    }
}
