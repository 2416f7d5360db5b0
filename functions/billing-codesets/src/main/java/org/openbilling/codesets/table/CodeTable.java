package org.openbilling.codesets.table;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * One code system as compact arrays: entries sorted by code then start day, each valid over an inclusive range
 * of epoch days, with a title and a word index for search. An entry is one code with one title and billable flag
 * over one stretch of time; a code whose flag or title changed between editions has several entries.
 */
public final class CodeTable {
    /** Entry flag: the code may be reported on a claim. */
    public static final int BILLABLE = 1;
    /** Entry flag: the code's description is withheld (CPT text is the AMA's). */
    public static final int NO_TEXT = 2;
    /** Open start or end of a validity range. */
    public static final int OPEN_FROM = Integer.MIN_VALUE;
    public static final int OPEN_TO = Integer.MAX_VALUE;

    private static final String MAGIC = "codetable";
    private static final int VERSION = 2;

    private final long[] keys;
    private final int[] from;
    private final int[] to;
    private final byte[] flags;
    private final int[] titleStart;
    private final byte[] titles;
    private final int[] relatedStart;
    private final byte[] related;
    // The search vocabulary as one UTF-8 blob (sorted): no String per word to create at load time.
    private final int[] tokenStart;
    private final byte[] tokenBytes;
    private final int tokenCount;
    private final int[] postingStart;
    private final int[] postings;
    private final int[] wordStart;
    private final int[] words;
    // Titles decoded on first use: a racy cache is fine because Strings are immutable and safely published.
    private final String[] titleCache;

    private CodeTable(BinaryReader in) {
        in.expect(MAGIC, VERSION);
        keys = in.longs();
        from = in.ints();
        to = in.ints();
        flags = in.bytes();
        titleStart = in.ints();
        titles = in.bytes();
        relatedStart = in.ints();
        related = in.bytes();
        tokenStart = in.ints();
        tokenBytes = in.bytes();
        tokenCount = Math.max(0, tokenStart.length - 1);
        postingStart = in.ints();
        postings = in.ints();
        wordStart = in.ints();
        words = in.ints();
        titleCache = new String[keys.length];
    }

    /** Reads a table written by {@link #write}. */
    public static CodeTable read(BinaryReader in) {
        return new CodeTable(in);
    }

    /** One entry as the generator supplies it; {@code related}: space-separated codes (e.g. HCPCS cross-references). */
    public record Row(String code, int from, int to, int flags, String title, String related) {
    }

    /** Writes rows (any order) as a table. */
    public static void write(BinaryWriter out, List<Row> input) throws IOException {
        List<Row> rows = new ArrayList<>(input);
        rows.sort(Comparator.comparingLong((Row r) -> CodeKey.encode(r.code())).thenComparingInt(Row::from));
        int n = rows.size();
        long[] keys = new long[n];
        int[] from = new int[n];
        int[] to = new int[n];
        byte[] flags = new byte[n];
        TreeSet<String> vocabulary = new TreeSet<>();
        List<String[]> rowWords = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Row r = rows.get(i);
            keys[i] = CodeKey.encode(r.code());
            if (keys[i] < 0) {
                throw new IllegalArgumentException("bad code " + r.code());
            }
            from[i] = r.from();
            to[i] = r.to();
            flags[i] = (byte) r.flags();
            String[] w = (r.flags() & NO_TEXT) != 0 ? new String[0] : tokenize(r.title()).toArray(String[]::new);
            rowWords.add(w);
            vocabulary.addAll(Arrays.asList(w));
        }
        List<String> tokenList = new ArrayList<>(vocabulary);
        int[] postingCount = new int[tokenList.size()];
        int[][] rowTokenIds = new int[n][];
        int wordTotal = 0;
        for (int i = 0; i < n; i++) {
            int[] ids = Arrays.stream(rowWords.get(i)).mapToInt(t -> java.util.Collections.binarySearch(tokenList, t)).distinct().sorted().toArray();
            rowTokenIds[i] = ids;
            wordTotal += ids.length;
            for (int id : ids) {
                postingCount[id]++;
            }
        }
        int[] postingStart = new int[tokenList.size() + 1];
        for (int t = 0; t < tokenList.size(); t++) {
            postingStart[t + 1] = postingStart[t] + postingCount[t];
        }
        int[] postings = new int[wordTotal];
        int[] fill = Arrays.copyOf(postingStart, tokenList.size());
        int[] wordStart = new int[n + 1];
        int[] words = new int[wordTotal];
        for (int i = 0; i < n; i++) {
            int[] ids = rowTokenIds[i];
            System.arraycopy(ids, 0, words, wordStart[i], ids.length);
            wordStart[i + 1] = wordStart[i] + ids.length;
            for (int id : ids) {
                postings[fill[id]++] = i;
            }
        }
        out.magic(MAGIC, VERSION);
        out.longs(keys);
        out.ints(from);
        out.ints(to);
        out.bytes(flags);
        writeBlob(out, rows.stream().map(r -> (r.flags() & NO_TEXT) != 0 ? "" : r.title()).toList());
        writeBlob(out, rows.stream().map(r -> r.related() == null ? "" : r.related()).toList());
        writeBlob(out, tokenList);
        out.ints(postingStart);
        out.ints(postings);
        out.ints(wordStart);
        out.ints(words);
    }

    private static void writeBlob(BinaryWriter out, List<String> values) throws IOException {
        if (values.stream().allMatch(String::isEmpty)) {
            // An all-empty column (ICD-10-CM has no cross-references) costs nothing to load.
            out.ints(new int[0]);
            out.bytes(new byte[0]);
            return;
        }
        int[] start = new int[values.size() + 1];
        var bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < values.size(); i++) {
            byte[] b = values.get(i).getBytes(StandardCharsets.UTF_8);
            bytes.write(b, 0, b.length);
            start[i + 1] = start[i] + b.length;
        }
        out.ints(start);
        out.bytes(bytes.toByteArray());
    }

    /** Lower-case words of a text: runs of letters and digits. */
    public static List<String> tokenize(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean word = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return out;
    }

    public int size() {
        return keys.length;
    }

    public long key(int entry) {
        return keys[entry];
    }

    public String code(int entry) {
        return CodeKey.decode(keys[entry]);
    }

    public int from(int entry) {
        return from[entry];
    }

    public int to(int entry) {
        return to[entry];
    }

    public boolean billable(int entry) {
        return (flags[entry] & BILLABLE) != 0;
    }

    public boolean hasText(int entry) {
        return (flags[entry] & NO_TEXT) == 0;
    }

    public boolean inForce(int entry, int day) {
        return from[entry] <= day && day <= to[entry];
    }

    /** The entry's title ("" when withheld). */
    public String title(int entry) {
        if (titleStart.length == 0) {
            return "";
        }
        String t = titleCache[entry];
        if (t == null) {
            t = new String(titles, titleStart[entry], titleStart[entry + 1] - titleStart[entry], StandardCharsets.UTF_8);
            titleCache[entry] = t;
        }
        return t;
    }

    /** Codes the entry points to (e.g. HCPCS cross-references), possibly empty. */
    public List<String> related(int entry) {
        if (relatedStart.length == 0) {
            return List.of();
        }
        int s = relatedStart[entry];
        int e = relatedStart[entry + 1];
        if (s == e) {
            return List.of();
        }
        return List.of(new String(related, s, e - s, StandardCharsets.UTF_8).split(" "));
    }

    /** Index of the first entry with a key ≥ {@code key}. */
    public int lowerBound(long key) {
        int lo = 0;
        int hi = keys.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (keys[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The entry of a code in force on a day, or -1. */
    public int find(long key, int day) {
        for (int i = lowerBound(key); i < keys.length && keys[i] == key; i++) {
            if (from[i] <= day && day <= to[i]) {
                return i;
            }
        }
        return -1;
    }

    /** Any entry of a code (the one nearest to {@code day}), or -1 when the code is unknown. */
    public int nearest(long key, int day) {
        int best = -1;
        long bestDistance = Long.MAX_VALUE;
        for (int i = lowerBound(key); i < keys.length && keys[i] == key; i++) {
            long d = day < from[i] ? (long) from[i] - day : (day > to[i] ? (long) day - to[i] : 0);
            if (d < bestDistance) {
                best = i;
                bestDistance = d;
            }
        }
        return best;
    }

    /**
     * Entries whose words match every query word as a prefix, in force on {@code day}, best first: billable first,
     * then the larger share of the title's words matched, then the shorter title, then code order.
     */
    public int[] search(List<String> queryWords, int day, int limit) {
        if (queryWords.isEmpty() || limit <= 0) {
            return new int[0];
        }
        int q = queryWords.size();
        int[] lo = new int[q];
        int[] hi = new int[q];
        int rarest = -1;
        int rarestSize = Integer.MAX_VALUE;
        for (int w = 0; w < q; w++) {
            byte[] word = queryWords.get(w).getBytes(StandardCharsets.UTF_8);
            lo[w] = tokenBound(word, false);
            hi[w] = tokenBound(word, true);
            int size = postingStart[hi[w]] - postingStart[lo[w]];
            if (size == 0) {
                return new int[0];
            }
            if (size < rarestSize) {
                rarest = w;
                rarestSize = size;
            }
        }
        long[] seen = new long[(keys.length >>> 6) + 1];
        TopK top = new TopK(limit);
        for (int p = postingStart[lo[rarest]], end = postingStart[hi[rarest]]; p < end; p++) {
            int e = postings[p];
            if ((seen[e >>> 6] & (1L << e)) != 0) {
                continue;
            }
            seen[e >>> 6] |= 1L << e;
            if (from[e] > day || day > to[e]) {
                continue;
            }
            boolean all = true;
            for (int w = 0; w < q && all; w++) {
                all = w == rarest || hasWordIn(e, lo[w], hi[w]);
            }
            if (!all) {
                continue;
            }
            int total = wordStart[e + 1] - wordStart[e];
            int matched = 0;
            for (int i = wordStart[e]; i < wordStart[e + 1]; i++) {
                int t = words[i];
                for (int w = 0; w < q; w++) {
                    if (t >= lo[w] && t < hi[w]) {
                        matched++;
                        break;
                    }
                }
            }
            long missInvPermille = 1000 - (1000L * matched / Math.max(1, total));
            long titleLength = Math.min(4095, titleStart[e + 1] - titleStart[e]);
            long rank = ((billable(e) ? 0L : 1L) << 62) | (missInvPermille << 40) | (titleLength << 24) | e;
            top.offer(rank);
        }
        long[] ranks = top.sorted();
        int[] out = new int[ranks.length];
        for (int i = 0; i < ranks.length; i++) {
            out[i] = (int) (ranks[i] & 0xFFFFFF);
        }
        return out;
    }

    private boolean hasWordIn(int entry, int tokenLo, int tokenHi) {
        int s = wordStart[entry];
        int e = wordStart[entry + 1];
        int i = Arrays.binarySearch(words, s, e, tokenLo);
        if (i >= 0) {
            return true;
        }
        int ins = -i - 1;
        return ins < e && words[ins] < tokenHi;
    }

    /**
     * Index of the first vocabulary word ≥ {@code word} ({@code pastPrefix} false), or the first word after all words
     * starting with {@code word} (true). Bytes compare unsigned, which is UTF-8 (code point) order.
     */
    private int tokenBound(byte[] word, boolean pastPrefix) {
        int lo = 0;
        int hi = tokenCount;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int c = compareToken(mid, word, pastPrefix);
            if (c < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Compares vocabulary word {@code t} with {@code word}; with {@code prefixIsLess}, words starting with it count as less. */
    private int compareToken(int t, byte[] word, boolean prefixIsLess) {
        int s = tokenStart[t];
        int n = tokenStart[t + 1] - s;
        int m = Math.min(n, word.length);
        for (int i = 0; i < m; i++) {
            int a = tokenBytes[s + i] & 0xFF;
            int b = word[i] & 0xFF;
            if (a != b) {
                return a - b;
            }
        }
        if (n >= word.length) {
            return prefixIsLess ? -1 : (n == word.length ? 0 : 1);
        }
        return -1;
    }

    /** The k smallest ranks, kept in a bounded max-heap of primitives. */
    private static final class TopK {
        private final long[] heap;
        private int size;

        TopK(int k) {
            heap = new long[Math.min(k, 1 << 16)];
        }

        void offer(long v) {
            if (size < heap.length) {
                int i = size++;
                heap[i] = v;
                while (i > 0 && heap[(i - 1) / 2] < heap[i]) {
                    swap(i, (i - 1) / 2);
                    i = (i - 1) / 2;
                }
            } else if (v < heap[0]) {
                heap[0] = v;
                int i = 0;
                while (true) {
                    int l = 2 * i + 1;
                    int r = l + 1;
                    int m = i;
                    if (l < size && heap[l] > heap[m]) {
                        m = l;
                    }
                    if (r < size && heap[r] > heap[m]) {
                        m = r;
                    }
                    if (m == i) {
                        break;
                    }
                    swap(i, m);
                    i = m;
                }
            }
        }

        private void swap(int a, int b) {
            long t = heap[a];
            heap[a] = heap[b];
            heap[b] = t;
        }

        long[] sorted() {
            long[] out = Arrays.copyOf(heap, size);
            Arrays.sort(out);
            return out;
        }
    }
}
