package org.openbilling.codesets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.openbilling.codesets.CodeFormats.Normalized;
import org.openbilling.codesets.table.BinaryReader;
import org.openbilling.codesets.table.CodeKey;
import org.openbilling.domain.codes.Code;
import org.openbilling.domain.codes.CodeIssue;
import org.openbilling.domain.codes.CodeSystem;
import org.openbilling.domain.codes.CodeValidation;

/**
 * CPT code numbers: any well-formed code is valid (the code set is the AMA's and not held), with a warning when the
 * CMS fee-schedule list does not have it. Descriptions are never shown: they are the AMA's.
 */
final class Cpt implements CodeSystemTable {
    private final Edition edition;
    private final long[] keys;

    private Cpt(Edition edition, long[] keys) {
        this.edition = edition;
        this.keys = keys;
    }

    static Cpt read(BinaryReader in) {
        in.expect("cpt", 2);
        Edition edition = Edition.read(in);
        return new Cpt(edition, in.longs());
    }

    @Override
    public CodeSystem system() {
        return CodeSystem.CPT;
    }

    @Override
    public Verdict judge(String input, int day) {
        Normalized n = CodeFormats.cpt(input);
        if (!n.ok()) {
            return Verdict.malformed(CodeSystem.CPT, input, n, "cpt-format", edition.name());
        }
        List<CodeIssue> issues = Arrays.binarySearch(keys, n.key()) >= 0 ? List.of()
                : List.of(CodeIssue.warning("cpt-not-in-fee-schedule", n.bare() + " is not in " + edition.name()
                + "; check that it is a current CPT code"));
        // The display is always empty: CPT descriptions are the AMA's and are not shipped.
        return Verdict.of(new CodeValidation(CodeSystem.CPT, input, n.bare(), true, true, "", edition.name(), issues, List.of()));
    }

    /** Code-number prefixes only: without descriptions there are no words to match. */
    @Override
    public List<Code> search(String text, int day, int limit) {
        String prefix = CodeFormats.clean(text);
        long key = CodeKey.encode(prefix);
        if (key < 0 || prefix.length() > 5) {
            return List.of();
        }
        long end = CodeKey.prefixEnd(key, prefix.length());
        int i = Arrays.binarySearch(keys, key);
        List<Code> out = new ArrayList<>();
        for (i = i >= 0 ? i : -i - 1; i < keys.length && keys[i] < end && out.size() < limit; i++) {
            out.add(new Code(CodeSystem.CPT, CodeKey.decode(keys[i]), "", true, null, null));
        }
        return out;
    }
}
