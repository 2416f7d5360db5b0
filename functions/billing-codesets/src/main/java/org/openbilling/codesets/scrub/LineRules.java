package org.openbilling.codesets.scrub;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openbilling.domain.claim.ClaimLine;
import org.openbilling.domain.codes.CodeSets;
import org.openbilling.domain.codes.CodeSystem;
import org.openbilling.domain.codes.CodeValidation;
import org.openbilling.domain.common.Ndc;
import org.openbilling.domain.encounter.CodingRules;

/**
 * The service lines, each on its own date of service: at least one, at most 50; the line's dates, its procedure code
 * valid on its date, its modifiers ({@link ModifierRules}), units, charge, diagnosis pointers and NDC, and the
 * diagnoses it points to on its date ({@link DiagnosisRules#onLineDate}).
 */
final class LineRules {
    private LineRules() {
    }

    /** Checks every line; answers each with its date, its code when it passed, and its normalized modifiers. */
    static List<ScrubbedLine> check(Review r, CodeSets codeSets, DiagnosisRules diagnoses) {
        List<ClaimLine> lines = r.claim.lines();
        int n = lines.size();
        if (n == 0) {
            r.errors.add("required", "procedures", "a claim needs at least one procedure");
        }
        CodingRules.lineCount(n, "procedures", r.errors);
        int diagnosisCount = r.claim.diagnoses().size();
        List<ScrubbedLine> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ClaimLine l = lines.get(i);
            LocalDate date = l.serviceDate() != null ? l.serviceDate() : r.serviceDate;
            CodingRules.lineDates(r.serviceDate, date, l.serviceDateTo(), r.dateOfBirth, r.today,
                    Fields.line(i, Fields.SERVICE_DATE), Fields.line(i, Fields.SERVICE_DATE_TO), r.errors);
            String code = code(r, codeSets, i, l, date);
            List<String> modifiers = ModifierRules.check(r, codeSets, i, l.modifiers(), code != null ? code : l.code(), date);
            CodingRules.units(l.units(), Fields.line(i, Fields.UNITS), r.errors);
            if (r.errors.required(Fields.line(i, Fields.CHARGE), l.charge()) != null) {
                CodingRules.charge(l.charge(), Fields.line(i, Fields.CHARGE), r.errors);
            }
            CodingRules.diagnosisPointers(l.diagnosisPointers(), diagnosisCount, Fields.line(i, Fields.POINTERS), r.errors);
            if (l.ndc() != null) {
                r.errors.parse(Fields.line(i, Fields.NDC), () -> new Ndc(l.ndc()));
            }
            if (date != null && r.serviceDate != null && !date.equals(r.serviceDate)) {
                diagnoses.onLineDate(i, l.diagnosisPointers(), date);
            }
            out.add(new ScrubbedLine(i, l, date, code, modifiers));
        }
        return out;
    }

    /** The line's procedure code, normalized, when it is valid and billable on its date; null otherwise. */
    private static String code(Review r, CodeSets codeSets, int i, ClaimLine l, LocalDate date) {
        String code = l.code();
        String field = Fields.line(i, Fields.CODE);
        if (r.errors.required(field, code) == null) {
            return null;
        }
        CodeSystem system = CodingRules.procedureSystem(l.system(), code, Fields.line(i, Fields.SYSTEM), r.errors);
        if (system == null || date == null) {
            return null;
        }
        CodeValidation cv = codeSets.validate(system, code, date);
        return r.codeFindings(cv, field, true, r.errors, null) ? cv.normalized() : null;
    }
}
