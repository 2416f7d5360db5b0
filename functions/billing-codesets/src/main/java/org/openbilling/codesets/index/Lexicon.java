package org.openbilling.codesets.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.openbilling.codesets.table.BinaryReader;
import org.openbilling.codesets.table.TextPool;

/**
 * The search lexicon at run time: abbreviations and lay phrases that a query's words are rewritten to, and word
 * synonyms (stem to stem). Built from {@code src/data/icd10cm/search} (sources there).
 */
final class Lexicon {
    private static final int LONGEST_PHRASE = 4;
    private final String[] phrases;
    private final TextPool meanings;
    private final int[] synonymFrom;
    private final int[] synonymTo;

    private Lexicon(BinaryReader in) {
        TextPool keys = TextPool.read(in);
        phrases = new String[keys.size()];
        for (int i = 0; i < phrases.length; i++) {
            phrases[i] = keys.get(i);
        }
        meanings = TextPool.read(in);
        synonymFrom = in.ints();
        synonymTo = in.ints();
    }

    static Lexicon read(BinaryReader in) {
        return new Lexicon(in);
    }

    /** A query rewritten: its tokens with phrases replaced, and a note per rewrite ("CHF = congestive heart failure"). */
    record Rewritten(List<String> tokens, List<String> notes) {
    }

    Rewritten rewrite(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size() + 4);
        List<String> notes = new ArrayList<>(1);
        int i = 0;
        while (i < tokens.size()) {
            int matched = 0;
            for (int len = Math.min(LONGEST_PHRASE, tokens.size() - i); len >= 1 && matched == 0; len--) {
                String phrase = String.join(" ", tokens.subList(i, i + len));
                int k = Arrays.binarySearch(phrases, phrase);
                if (k >= 0) {
                    String meaning = meanings.get(k);
                    out.addAll(Words.tokens(meaning));
                    notes.add(phrase + " = " + meaning);
                    matched = len;
                }
            }
            if (matched == 0) {
                out.add(tokens.get(i));
                i++;
            } else {
                i += matched;
            }
        }
        return new Rewritten(out, notes);
    }

    /** Stems searched together with {@code stem} (heart with cardiac). */
    int[] synonyms(int stem) {
        int i = Arrays.binarySearch(synonymFrom, stem);
        if (i < 0) {
            return new int[0];
        }
        while (i > 0 && synonymFrom[i - 1] == stem) {
            i--;
        }
        int j = i;
        while (j < synonymFrom.length && synonymFrom[j] == stem) {
            j++;
        }
        return Arrays.copyOfRange(synonymTo, i, j);
    }
}
