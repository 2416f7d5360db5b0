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

    // Layout of a packed pair, high to low: column 1 (27 bits), column 2 (27), modifier (2), rationale (4), deletion (4).
    private static final int CODE_BITS = 27;
    private static final int[] MODIFIERS = {0, 1, 9};
    private static final String MAGIC = "ncci-ptp";

    private final Edition edition;
    private final long[] pairs;
    private final String[] rationales;
    private final int[] deletionDays;

    private NcciEdits(BinaryReader in) {
        in.expect(MAGIC, 1);
        edition = Edition.read(in);
        rationales = in.strings();
        deletionDays = in.ints();
        pairs = in.longs();
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
    public Optional<PtpEdit> find(String column1, String column2, LocalDate on) {
        int c1 = key5(column1);
        int c2 = key5(column2);
        if (c1 < 0 || c2 < 0) {
            return Optional.empty();
        }
        long probe = ((long) c1 << (CODE_BITS + 10)) | ((long) c2 << 10);
        int i = Arrays.binarySearch(pairs, probe);
        int at = i >= 0 ? i : -i - 1;
        if (at >= pairs.length || (pairs[at] >>> 10) != (probe >>> 10)) {
            return Optional.empty();
        }
        long p = pairs[at];
        int deletion = deletionDays[(int) (p & 0xF)];
        if (on != null && deletion != Integer.MAX_VALUE && on.toEpochDay() > deletion) {
            return Optional.empty();
        }
        return Optional.of(new PtpEdit(normalize(column1), normalize(column2), MODIFIERS[(int) ((p >>> 8) & 0x3)],
                deletion == Integer.MAX_VALUE ? null : LocalDate.ofEpochDay(deletion), rationales[(int) ((p >>> 4) & 0xF)], edition));
    }

    /** Writes the pairs (build time); rows may come in any order. */
    public static void write(BinaryWriter out, Edition edition, List<String> rationales, List<Integer> deletionDays, long[] packed)
            throws IOException {
        out.magic(MAGIC, 1);
        edition.write(out);
        out.strings(rationales);
        out.ints(deletionDays.stream().mapToInt(Integer::intValue).toArray());
        long[] sorted = packed.clone();
        Arrays.sort(sorted);
        out.longs(sorted);
    }

    /** Packs one row (build time); rationale and deletion are indexes into the tables passed to {@link #write}. */
    public static long pack(String column1, String column2, int modifierIndicator, int rationaleIndex, int deletionIndex) {
        int c1 = key5(column1);
        int c2 = key5(column2);
        int mod = Arrays.binarySearch(MODIFIERS, modifierIndicator);
        if (c1 < 0 || c2 < 0 || mod < 0 || rationaleIndex > 15 || deletionIndex > 15) {
            throw new IllegalArgumentException("cannot pack " + column1 + "," + column2 + "," + modifierIndicator);
        }
        return ((long) c1 << (CODE_BITS + 10)) | ((long) c2 << 10) | ((long) mod << 8) | ((long) rationaleIndex << 4) | deletionIndex;
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
