package org.openbilling.codesets.scrub;

import java.util.ArrayList;
import java.util.List;
import org.openbilling.domain.claim.Warning;
import org.openbilling.domain.codes.CodeIssue;
import org.openbilling.domain.codes.CodingInstructions;
import org.openbilling.domain.codes.InstructionFinding;

/**
 * The Tabular List's instructions across the claim's diagnoses (Excludes1, code first, use additional code), on the
 * diagnoses that passed on the date of service; the same check as encounter coding. Each finding goes to the
 * diagnosis it concerns, an error or a warning as its severity says.
 */
final class InstructionRules {
    private InstructionRules() {
    }

    static void check(Review r, CodingInstructions instructions, List<ScrubbedDiagnosis> diagnoses) {
        if (r.serviceDate == null || r.serviceDate.isBefore(org.openbilling.domain.encounter.CodingRules.ICD10_START) || diagnoses.size() < 1) {
            return;
        }
        List<String> passed = new ArrayList<>(diagnoses.size());
        for (ScrubbedDiagnosis d : diagnoses) {
            passed.add(d.passed() ? d.code() : null);
        }
        for (InstructionFinding f : instructions.check(passed, r.serviceDate)) {
            String field = Fields.diagnosis(f.diagnosis());
            if (f.severity() == CodeIssue.Severity.ERROR) {
                r.errors.add(f.rule(), field, f.message());
            } else {
                r.warnings.add(new Warning(f.rule(), field, f.message()));
            }
        }
    }
}
