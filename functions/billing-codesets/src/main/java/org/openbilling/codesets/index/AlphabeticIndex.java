package org.openbilling.codesets.index;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.openbilling.codesets.table.BinaryReader;
import org.openbilling.codesets.table.TextPool;

/**
 * The searchable entries of {@code index.bin} (written by the build's {@code IndexBuilder}): the Alphabetic Index, the
 * External Cause Index, the Tables of Drugs and of Neoplasms, the Tabular's inclusion terms and includes notes and
 * every code's title, each entry with its words, code, cross-references and table cells; the postings of each word
 * stem; the search lexicon; and the conversion table's successors of changed codes. Immutable arrays, read once.
 * Entries are in document order, so an entry's subterms are the entries after it up to {@link #end}.
 */
public final class AlphabeticIndex {
    /** Stem ids of nonessential modifiers carry this bit in an entry's words and postings use the low bit. */
    static final int OPTIONAL = 1 << 30;
    static final EntryKind[] KINDS = EntryKind.values();

    final String indexEdition;
    final String tablesEdition;
    final int indexEffectiveDay;
    final TextPool stems;
    final int[] stemCount;
    final int[] parent;
    final int[] end;
    final byte[] kind;
    final byte[] essentialCount;
    final long[] code;
    final byte[] codeFlags;
    /** Entries with a "see" or "see also" reference (sorted), the entries they name and their table columns. */
    private final int[] referring;
    private final int[] see;
    private final int[] seeAlso;
    private final byte[] seeColumns;
    final int[] wordStart;
    final int[] words;
    final TextPool titles;
    final int[] manifEntries;
    final long[] manifKeys;
    final int[] cellEntries;
    final long[] cellKeys;
    final byte[] cellFlags;
    final int[] postStart;
    final int[] postings;
    final Lexicon lexicon;
    final long[] convertFrom;
    final long[] convertTo;
    /** Weight of each stem: ln(1 + entries / entries with the stem), rarer words weigh more. */
    final float[] idf;

    private AlphabeticIndex(BinaryReader in) {
        in.expect("icdindex", 1);
        indexEdition = in.string();
        tablesEdition = in.string();
        indexEffectiveDay = in.i32();
        stems = TextPool.read(in);
        stemCount = in.ints();
        parent = in.ints();
        end = in.ints();
        kind = in.bytes();
        essentialCount = in.bytes();
        code = in.longs();
        codeFlags = in.bytes();
        referring = in.ints();
        see = in.ints();
        seeAlso = in.ints();
        seeColumns = in.bytes();
        wordStart = in.ints();
        words = in.ints();
        titles = TextPool.read(in);
        manifEntries = in.ints();
        manifKeys = in.longs();
        cellEntries = in.ints();
        cellKeys = in.longs();
        cellFlags = in.bytes();
        postStart = in.ints();
        postings = in.ints();
        lexicon = Lexicon.read(in);
        convertFrom = in.longs();
        convertTo = in.longs();
        idf = new float[stemCount.length];
        for (int i = 0; i < idf.length; i++) {
            idf[i] = (float) Math.log(1 + (double) parent.length / Math.max(1, stemCount[i]));
        }
    }

    public static AlphabeticIndex read(BinaryReader in) {
        return new AlphabeticIndex(in);
    }

    /** "ICD-10-CM Index to Diseases and Injuries FY2023". */
    public String indexEdition() {
        return indexEdition;
    }

    /** The edition of the drug, neoplasm and external cause tables. */
    public String tablesEdition() {
        return tablesEdition;
    }

    public int size() {
        return parent.length;
    }

    EntryKind kind(int e) {
        return KINDS[kind[e]];
    }

    /** The entry's title as the Index writes it, nonessential modifiers in parentheses ("" for title entries). */
    String title(int e) {
        return titles.get(e);
    }

    /** Stem id of a stem, or -1. */
    int stemId(String stem) {
        byte[] s = stem.getBytes(StandardCharsets.UTF_8);
        int lo = 0;
        int hi = stems.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = stems.compare(mid, s);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** Stem ids that start with {@code prefix} (for a word still being typed), at most {@code max}, most frequent first. */
    int[] stemsStartingWith(String prefix, int max) {
        byte[] p = prefix.getBytes(StandardCharsets.UTF_8);
        int lo = 0;
        int hi = stems.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (stems.compare(mid, p) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int n = 0;
        int[] found = new int[64];
        for (int i = lo; i < stems.size() && n < found.length && stems.startsWith(i, p); i++) {
            found[n++] = i;
        }
        Integer[] sorted = new Integer[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = found[i];
        }
        Arrays.sort(sorted, (a, b) -> Integer.compare(stemCount[b], stemCount[a]));
        int[] out = new int[Math.min(max, n)];
        for (int i = 0; i < out.length; i++) {
            out[i] = sorted[i];
        }
        return out;
    }

    /** The entry an entry's "see" names, or -1. */
    int see(int e) {
        int i = java.util.Arrays.binarySearch(referring, e);
        return i < 0 ? -1 : see[i];
    }

    /** The entry an entry's "see also" names, or -1. */
    int seeAlso(int e) {
        int i = java.util.Arrays.binarySearch(referring, e);
        return i < 0 ? -1 : seeAlso[i];
    }

    /** The table column a "see" names (2-7; 0 for none). */
    int seeColumn(int e) {
        int i = java.util.Arrays.binarySearch(referring, e);
        return i < 0 ? 0 : seeColumns[i] & 0xF;
    }

    /** The table column a "see also" names (2-7; 0 for none). */
    int seeAlsoColumn(int e) {
        int i = java.util.Arrays.binarySearch(referring, e);
        return i < 0 ? 0 : (seeColumns[i] >> 4) & 0xF;
    }

    /** The six table codes of a drug or neoplasm entry (column 2 at index 0), -1 where the table has none; null when none. */
    long[] cells(int e) {
        int i = Arrays.binarySearch(cellEntries, e);
        return i < 0 ? null : Arrays.copyOfRange(cellKeys, i * 6, i * 6 + 6);
    }

    /** Flags of a table cell (1: the code needs more characters). */
    int cellFlags(int e, int column) {
        int i = Arrays.binarySearch(cellEntries, e);
        return i < 0 ? 0 : cellFlags[i * 6 + column - 2];
    }

    /** The manifestation code an entry gives beside its code (E85.4 [I43]), or -1. */
    long manifestation(int e) {
        int i = Arrays.binarySearch(manifEntries, e);
        return i < 0 ? -1 : manifKeys[i];
    }

    /** Keys of the codes the conversion table gives as successors of {@code key} (changed since the Index's edition). */
    long[] successors(long key) {
        int i = Arrays.binarySearch(convertFrom, key);
        if (i < 0) {
            return new long[0];
        }
        while (i > 0 && convertFrom[i - 1] == key) {
            i--;
        }
        int j = i;
        while (j < convertFrom.length && convertFrom[j] == key) {
            j++;
        }
        return Arrays.copyOfRange(convertTo, i, j);
    }
}
