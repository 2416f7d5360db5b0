package org.openbilling.codesets;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.openbilling.codesets.table.BinaryReader;
import org.openbilling.codesets.table.BinaryWriter;
import org.openbilling.codesets.table.CodeKey;

/**
 * NCCI procedure-to-procedure (PTP) edits for practitioners: a column-2 code is not payable with its column-1 code
 * on the same day unless the modifier indicator allows a modifier. Each pair is one packed long, sorted, so the
 * 1.7 million pairs cost 8 bytes each and a lookup is a binary search.
 */
public final class NcciEdits {
    /** One PTP edit; {@code modifierIndicator} 0 = no modifier allowed, 1 = allowed, 9 = not applicable. */
    public record PtpEdit(String column1, String column2, int modifierIndicator, LocalDate deletionDate, String rationale,
                          Edition edition) {
        /** True when an NCCI-associated modifier (59, XE/XS/XP/XU, ...) may bypass the edit. */
        public boolean modifierAllowed() {
            return modifierIndicator == 1;
        }
    }

    // A pair is one int in the group of its column-1 code, high to low: column 2 (21 bits), modifier (2), rationale (4),
    // deletion (4). Codes are five characters with digits in positions 2-4 (CPT, HCPCS), which fit 21 bits.
    private static final int[] MODIFIERS = {0, 1, 9};
    private static final String MAGIC = "ncci-ptp";

    private final Edition edition;
    private final int[] column1;
    private final int[] groupStart;
    private final int[] pairs;
    private final String[] rationales;
    private final int[] deletionDays;

    private NcciEdits(BinaryReader in) {
        in.expect(MAGIC, 2);
        edition = Edition.read(in);
        rationales = in.strings();
        deletionDays = in.ints();
        column1 = in.ints();
        groupStart = in.ints();
        pairs = in.ints();
    }

    static NcciEdits read(BinaryReader in) {
        return new NcciEdits(in);
    }

    /** The edition (quarter) of the edits. */
    public Edition edition() {
        return edition;
    }

    /** Number of pairs held. */
    public int size() {
        return pairs.length;
    }

    /** The edit for column-1 and column-2 codes in force on a date (deletion date not passed), if any. */
    public Optional<PtpEdit> find(String column1Code, String column2Code, LocalDate on) {
        int c1 = compactKey(column1Code);
        int c2 = compactKey(column2Code);
        if (c1 < 0 || c2 < 0) {
            return Optional.empty();
        }
        int g = Arrays.binarySearch(column1, c1);
        if (g < 0) {
            return Optional.empty();
        }
        int lo = groupStart[g];
        int hi = groupStart[g + 1] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int k = pairs[mid] >>> 10;
            if (k < c2) {
                lo = mid + 1;
            } else if (k > c2) {
                hi = mid - 1;
            } else {
                int p = pairs[mid];
                int deletion = deletionDays[p & 0xF];
                if (on != null && deletion != Integer.MAX_VALUE && on.toEpochDay() > deletion) {
                    return Optional.empty();
                }
                return Optional.of(new PtpEdit(normalize(column1Code), normalize(column2Code), MODIFIERS[(p >>> 8) & 0x3],
                        deletion == Integer.MAX_VALUE ? null : LocalDate.ofEpochDay(deletion), rationales[(p >>> 4) & 0xF], edition));
            }
        }
        return Optional.empty();
    }

    /** Writes the pairs (build time) from {@link #pack packed} rows in any order. */
    public static void write(BinaryWriter out, Edition edition, List<String> rationales, List<Integer> deletionDays, long[] packed)
            throws IOException {
        long[] sorted = packed.clone();
        Arrays.sort(sorted);
        int groups = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || (sorted[i] >>> 32) != (sorted[i - 1] >>> 32)) {
                groups++;
            }
        }
        int[] column1 = new int[groups];
        int[] start = new int[groups + 1];
        int[] pairs = new int[sorted.length];
        int g = -1;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || (sorted[i] >>> 32) != (sorted[i - 1] >>> 32)) {
                column1[++g] = (int) (sorted[i] >>> 32);
                start[g] = i;
            }
            pairs[i] = (int) sorted[i];
        }
        start[groups] = sorted.length;
        out.magic(MAGIC, 2);
        edition.write(out);
        out.strings(rationales);
        out.ints(deletionDays.stream().mapToInt(Integer::intValue).toArray());
        out.ints(column1);
        out.ints(start);
        out.ints(pairs);
    }

    /** Packs one row as column 1 (high int) and the pair's int (build time); indexes point into the tables given to write. */
    public static long pack(String column1Code, String column2Code, int modifierIndicator, int rationaleIndex, int deletionIndex) {
        int c1 = compactKey(column1Code);
        int c2 = compactKey(column2Code);
        int mod = Arrays.binarySearch(MODIFIERS, modifierIndicator);
        if (c1 < 0 || c2 < 0 || mod < 0 || rationaleIndex > 15 || deletionIndex > 15) {
            throw new IllegalArgumentException("cannot pack " + column1Code + "," + column2Code + "," + modifierIndicator);
        }
        return ((long) c1 << 32) | ((long) c2 << 10) | ((long) mod << 8) | ((long) rationaleIndex << 4) | deletionIndex;
    }

    /** A 5-character CPT/HCPCS code with digits in positions 2-4 as 21 bits (order preserved); -1 otherwise. */
    static int compactKey(String code) {
        if (code == null) {
            return -1;
        }
        String c = code.length() == 5 ? code : normalize(code);
        if (c.length() != 5) {
            return -1;
        }
        int first = CodeKey.digit(c.charAt(0));
        int last = CodeKey.digit(c.charAt(4));
        int middle = 0;
        for (int i = 1; i < 4; i++) {
            char ch = c.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            middle = middle * 10 + (ch - '0');
        }
        if (first <= 0 || last <= 0) {
            return -1;
        }
        return ((first - 1) * 1000 + middle) * 36 + (last - 1);
    }

    private static String normalize(String code) {
        return code.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** Key of a CPT/HCPCS code of up to 5 characters, fitting 27 bits; -1 when malformed. */
    static int key5(String code) {
        if (code == null) {
            return -1;
        }
        String c = normalize(code);
        if (c.length() > 5) {
            return -1;
        }
        long k = CodeKey.encode(c);
        return k < 0 ? -1 : (int) (k / (37 * 37));
    }
}
