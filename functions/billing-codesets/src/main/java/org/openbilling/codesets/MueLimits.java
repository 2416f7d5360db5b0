package org.openbilling.codesets;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import org.openbilling.codesets.table.BinaryReader;
import org.openbilling.codesets.table.BinaryWriter;

/** NCCI medically unlikely edits (practitioner): the most units of a code reportable per day, with its adjudication indicator. */
public final class MueLimits {
    /** One MUE; {@code adjudicationIndicator} (MAI) 1 = claim line edit, 2 = per day policy, 3 = per day clinical. */
    public record MueLimit(String code, int maxUnits, int adjudicationIndicator, String rationale, Edition edition) {
    }

    private static final String MAGIC = "mue";

    private final Edition edition;
    private final String[] rationales;
    private final int[] keys;
    private final int[] units;
    private final byte[] mai;
    private final byte[] rationale;

    private MueLimits(BinaryReader in) {
        in.expect(MAGIC, 1);
        edition = Edition.read(in);
        rationales = in.strings();
        keys = in.ints();
        units = in.ints();
        mai = in.bytes();
        rationale = in.bytes();
    }

    static MueLimits read(BinaryReader in) {
        return new MueLimits(in);
    }

    /** The edition (quarter) of the limits. */
    public Edition edition() {
        return edition;
    }

    /** Number of codes with a limit. */
    public int size() {
        return keys.length;
    }

    /** The limit for a CPT/HCPCS code, if it has one. */
    public Optional<MueLimit> find(String code) {
        int k = NcciEdits.key5(code);
        int i = k < 0 ? -1 : Arrays.binarySearch(keys, k);
        if (i < 0) {
            return Optional.empty();
        }
        return Optional.of(new MueLimit(code.strip().toUpperCase(java.util.Locale.ROOT), units[i], mai[i],
                rationales[rationale[i] & 0xFF], edition));
    }

    /** Writes the limits (build time); arrays sorted by key, parallel. */
    public static void write(BinaryWriter out, Edition edition, java.util.List<String> rationales, java.util.SortedMap<String, int[]> limits)
            throws IOException {
        out.magic(MAGIC, 1);
        edition.write(out);
        out.strings(rationales);
        // Sort by key, not by string: key order is the binary search order at run time.
        String[] codes = limits.keySet().toArray(String[]::new);
        Arrays.sort(codes, java.util.Comparator.comparingInt(NcciEdits::key5));
        int[] k = new int[codes.length];
        int[] u = new int[codes.length];
        byte[] m = new byte[codes.length];
        byte[] r = new byte[codes.length];
        for (int i = 0; i < codes.length; i++) {
            int[] v = limits.get(codes[i]);
            k[i] = NcciEdits.key5(codes[i]);
            if (k[i] < 0) {
                throw new IllegalArgumentException("bad MUE code " + codes[i]);
            }
            u[i] = v[0];
            m[i] = (byte) v[1];
            r[i] = (byte) v[2];
        }
        out.ints(k);
        out.ints(u);
        out.bytes(m);
        out.bytes(r);
    }
}
