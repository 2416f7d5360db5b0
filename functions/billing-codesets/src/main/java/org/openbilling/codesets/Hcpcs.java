package org.openbilling.codesets;

import java.util.ArrayList;
import java.util.List;
import org.openbilling.codesets.CodeFormats.Normalized;
import org.openbilling.codesets.table.CharacterMask;
import org.openbilling.codesets.table.CodeKey;
import org.openbilling.domain.codes.Code;
import org.openbilling.domain.codes.CodeIssue;
import org.openbilling.domain.codes.CodeSystem;
import org.openbilling.domain.codes.CodeValidation;

/** HCPCS Level II codes of the quarter held, each valid from its add date to its termination date. */
final class Hcpcs implements CodeSystemTable {
    private final HcpcsQuarter quarter;

    Hcpcs(HcpcsQuarter quarter) {
        this.quarter = quarter;
    }

    @Override
    public CodeSystem system() {
        return CodeSystem.HCPCS;
    }

    @Override
    public Verdict judge(String input, int day) {
        Normalized n = CodeFormats.hcpcs(input);
        if (!n.ok()) {
            return malformed(input, n.dotted(), n.problem(), day);
        }
        char first = n.dotted().charAt(0);
        if (!CharacterMask.allows(quarter.positions(), 0, first)) {
            return malformed(input, n.dotted(), "no HCPCS Level II code starts with " + LookAlikes.name(first) + " (they start with "
                    + String.join(", ", CharacterMask.allowed(quarter.positions(), 0).split("")) + ")", day);
        }
        return quarter.dated(CodeSystem.HCPCS, quarter.codes(), quarter.edition().name(), input, n, day, true);
    }

    /** A format error, with the codes of the quarter valid on the day that the input probably meant (GO439 for G0439). */
    private Verdict malformed(String input, String cleaned, String problem, int day) {
        List<Code> suggestions = new ArrayList<>(2);
        if (cleaned.length() == 5 && CodeKey.encode(cleaned) >= 0) {
            for (String candidate : LookAlikes.repairs(cleaned, quarter.positions())) {
                int e = quarter.codes().find(CodeKey.encode(candidate), day);
                if (e >= 0) {
                    suggestions.add(TableSearch.plain(CodeSystem.HCPCS, quarter.codes(), e));
                }
            }
        }
        if (!suggestions.isEmpty()) {
            problem = problem + "; did you mean " + suggestions.get(0).code() + "?";
        }
        return Verdict.of(new CodeValidation(CodeSystem.HCPCS, input, cleaned, false, false, "", quarter.edition().name(),
                List.of(CodeIssue.error("hcpcs-format", problem)), suggestions));
    }

    @Override
    public List<Code> search(String text, int day, int limit) {
        return TableSearch.search(quarter.codes(), text, day, limit, null, e -> TableSearch.plain(CodeSystem.HCPCS, quarter.codes(), e));
    }
}
