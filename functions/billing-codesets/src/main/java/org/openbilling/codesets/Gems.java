package org.openbilling.codesets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.openbilling.codesets.table.BinaryReader;

/** The 2018 GEMs: ICD-9-CM to ICD-10-CM (forward) and ICD-10-CM to ICD-9-CM (backward), keyed by source. */
final class Gems {
    private final long[] forwardKeys;
    private final long[] forwardValues;
    private final long[] backwardKeys;
    private final long[] backwardValues;

    private Gems(BinaryReader in) {
        in.expect("gems", 2);
        forwardKeys = in.longs();
        forwardValues = in.longs();
        in.ints();
        backwardKeys = in.longs();
        backwardValues = in.longs();
        in.ints();
    }

    static Gems read(BinaryReader in) {
        return new Gems(in);
    }

    /** ICD-10-CM keys an ICD-9-CM key maps to, in file order. */
    List<Long> forward(long icd9) {
        return targets(forwardKeys, forwardValues, icd9);
    }

    /** ICD-9-CM keys an ICD-10-CM key maps to, in file order. */
    List<Long> backward(long icd10) {
        return targets(backwardKeys, backwardValues, icd10);
    }

    private static List<Long> targets(long[] keys, long[] values, long key) {
        int i = Arrays.binarySearch(keys, key);
        if (i < 0) {
            return List.of();
        }
        while (i > 0 && keys[i - 1] == key) {
            i--;
        }
        List<Long> out = new ArrayList<>();
        for (; i < keys.length && keys[i] == key; i++) {
            if (!out.contains(values[i])) {
                out.add(values[i]);
            }
        }
        return out;
    }
}
