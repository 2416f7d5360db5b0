package org.openbilling.codesets;

import java.util.List;
import org.openbilling.codesets.CodeFormats.Normalized;
import org.openbilling.domain.codes.Code;
import org.openbilling.domain.codes.CodeSystem;

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
            return Verdict.malformed(CodeSystem.HCPCS, input, n, "hcpcs-format", quarter.edition().name());
        }
        return quarter.dated(CodeSystem.HCPCS, quarter.codes(), quarter.edition().name(), input, n, day, true);
    }

    @Override
    public List<Code> search(String text, int day, int limit) {
        return TableSearch.search(quarter.codes(), text, day, limit, null, e -> TableSearch.plain(CodeSystem.HCPCS, quarter.codes(), e));
    }
}
