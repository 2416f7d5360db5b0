package org.openbilling.codesets;

import java.util.ArrayList;
import java.util.List;
import org.openbilling.codesets.CodeFormats.Normalized;
import org.openbilling.codesets.table.BinaryReader;
import org.openbilling.codesets.table.CharacterMask;
import org.openbilling.codesets.table.CodeTable;
import org.openbilling.domain.codes.Code;
import org.openbilling.domain.codes.CodeIssue;
import org.openbilling.domain.codes.CodeSystem;
import org.openbilling.domain.codes.CodeValidation;

/**
 * The HCPCS quarter held ({@code hcpcs.bin}: the Level II codes and the modifiers) and the validity rule both
 * follow: each code's own add and termination dates, and after the quarter a staleness warning.
 */
final class HcpcsQuarter {
    private final Edition edition;
    private final int staleAfterDay;
    /** The characters each position of a Level II code takes ({@link CharacterMask}): the first letters in use, then digits. */
    private final long[] positions;
    private final CodeTable codes;
    private final CodeTable modifiers;

    private HcpcsQuarter(Edition edition, long[] positions, CodeTable codes, CodeTable modifiers) {
        this.edition = edition;
        this.staleAfterDay = edition.staleAfter() == null ? Integer.MAX_VALUE : (int) edition.staleAfter().toEpochDay();
        this.positions = positions;
        this.codes = codes;
        this.modifiers = modifiers;
    }

    static HcpcsQuarter read(BinaryReader in) {
        in.expect("hcpcs", 2);
        Edition edition = Edition.read(in);
        long[] positions = in.longs();
        CodeTable codes = CodeTable.read(in);
        return new HcpcsQuarter(edition, positions, codes, CodeTable.read(in));
    }

    long[] positions() {
        return positions;
    }

    Edition edition() {
        return edition;
    }

    CodeTable codes() {
        return codes;
    }

    CodeTable modifiers() {
        return modifiers;
    }

    /** HCPCS-style validity: the code's own add and termination dates; after the quarter held, a staleness warning. */
    Verdict dated(CodeSystem system, CodeTable table, String editionName, String input, Normalized n, int day, boolean datedByQuarter) {
        List<CodeIssue> issues = new ArrayList<>(1);
        boolean stale = datedByQuarter && day > staleAfterDay;
        CodeIssue staleness = !stale ? null : CodeIssue.warning("edition-stale", TableSearch.date(day) + " is after the newest HCPCS quarter held ("
                + edition.name() + ", current until " + edition.staleAfter() + "); codes added or ended since are not known");
        int e = table.find(n.key(), day);
        if (e >= 0) {
            return Verdict.of(new CodeValidation(system, input, n.dotted(), true, table.billable(e), table.title(e), editionName,
                    staleness == null ? List.of() : List.of(staleness), List.of()), table, e);
        }
        int other = table.nearest(n.key(), day);
        List<Code> suggestions = List.of();
        // the error first: it is the reason the code is not valid; a staleness warning only qualifies it
        if (other < 0) {
            issues.add(CodeIssue.error("code-not-in-edition", "no HCPCS quarter held knows " + n.dotted() + ": it is not a "
                    + (system == CodeSystem.HCPCS ? "HCPCS Level II code" : "modifier") + " in " + editionName
                    + (stale ? "; a code added after " + edition.staleAfter() + " is not known yet" : "")));
        } else if (table.to(other) < day) {
            issues.add(CodeIssue.error("code-terminated", n.dotted() + " was terminated on " + TableSearch.date(table.to(other)) + " (" + editionName + ")"));
            suggestions = crossReferences(table.related(other), day);
        } else {
            issues.add(CodeIssue.error("code-not-yet-effective", n.dotted() + " takes effect on " + TableSearch.date(table.from(other)) + " (" + editionName + ")"));
        }
        if (staleness != null) {
            issues.add(staleness);
        }
        return Verdict.of(new CodeValidation(system, input, n.dotted(), false, false, other >= 0 ? table.title(other) : "", editionName, issues,
                suggestions));
    }

    /** HCPCS cross-references of a terminated code that are valid on the day (HCPCS Level II or CPT numbers). */
    private List<Code> crossReferences(List<String> refs, int day) {
        List<Code> out = new ArrayList<>();
        for (String ref : refs) {
            Normalized h = CodeFormats.hcpcs(ref);
            if (h.ok()) {
                int e = codes.find(h.key(), day);
                if (e >= 0) {
                    out.add(new Code(CodeSystem.HCPCS, h.bare(), codes.title(e), true, TableSearch.fromDate(codes, e), TableSearch.toDate(codes, e)));
                }
            } else if (CodeFormats.cpt(ref).ok()) {
                out.add(new Code(CodeSystem.CPT, ref, "", true, null, null));
            }
        }
        return out;
    }
}
