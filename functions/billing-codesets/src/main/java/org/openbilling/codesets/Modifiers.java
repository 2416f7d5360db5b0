package org.openbilling.codesets;

import java.util.List;
import org.openbilling.codesets.CodeFormats.Normalized;
import org.openbilling.codesets.table.CodeTable;
import org.openbilling.domain.codes.Code;
import org.openbilling.domain.codes.CodeSystem;

/**
 * Modifiers: HCPCS Level II modifiers by their dates (with the quarter's staleness warning), and the CPT modifiers
 * of the CMS list, always valid and without their (AMA) descriptions.
 */
final class Modifiers implements CodeSystemTable {
    private final HcpcsQuarter quarter;
    private final CodeTable table;

    Modifiers(HcpcsQuarter quarter) {
        this.quarter = quarter;
        this.table = quarter.modifiers();
    }

    @Override
    public CodeSystem system() {
        return CodeSystem.MODIFIER;
    }

    @Override
    public Verdict judge(String input, int day) {
        Normalized n = CodeFormats.modifier(input);
        if (!n.ok()) {
            return Verdict.malformed(CodeSystem.MODIFIER, input, n, "modifier-format", quarter.edition().name() + " modifiers");
        }
        int any = table.nearest(n.key(), day);
        boolean cpt = any >= 0 && !table.hasText(any);
        return quarter.dated(CodeSystem.MODIFIER, table, cpt ? "CPT modifiers (CMS list)" : quarter.edition().name() + " modifiers",
                input, n, day, !cpt);
    }

    @Override
    public List<Code> search(String text, int day, int limit) {
        return TableSearch.search(table, text, day, limit, null, e -> TableSearch.plain(CodeSystem.MODIFIER, table, e));
    }
}
