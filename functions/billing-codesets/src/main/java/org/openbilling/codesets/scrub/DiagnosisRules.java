package org.openbilling.codesets.scrub;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.openbilling.domain.codes.CodeSets;
import org.openbilling.domain.codes.CodeValidation;
import org.openbilling.domain.common.Violation;
import org.openbilling.domain.common.Violations;
import org.openbilling.domain.encounter.CodingRules;

/**
 * The diagnoses: at least one, at most 12, no duplicates, each valid and billable on the date of service; and a
 * diagnosis that a line on another date points to is valid on that date too. One instance per scrub.
 */
final class DiagnosisRules {
    private final Review r;
    private final CodeSets codeSets;
    private List<ScrubbedDiagnosis> diagnoses = List.of();
    /** Diagnosis index and epoch day already checked on a line date other than the encounter's. */
    private long[] checkedOnLineDate;
    private int checkedCount;

    DiagnosisRules(Review r, CodeSets codeSets) {
        this.r = r;
        this.codeSets = codeSets;
    }

    /** Checks the claim's diagnoses on the date of service; answers each with whether it passed. */
    List<ScrubbedDiagnosis> check() {
        List<String> codes = r.claim.diagnoses();
        if (codes.isEmpty()) {
            r.errors.add("required", "diagnoses", "a claim needs at least one diagnosis");
        }
        List<ScrubbedDiagnosis> out = new ArrayList<>(codes.size());
        for (int k = 0; k < codes.size(); k++) {
            String code = codes.get(k);
            boolean passed = false;
            if (r.serviceDate != null) {
                CodeValidation cv = codeSets.validate(CodingRules.diagnosisSystem(code, r.serviceDate), code, r.serviceDate);
                passed = r.codeFindings(cv, Fields.diagnosis(k), true, r.errors, null);
            }
            out.add(new ScrubbedDiagnosis(k, code, passed));
        }
        CodingRules.diagnosisList(codes, "diagnoses", r.errors);
        diagnoses = out;
        return out;
    }

    /**
     * A diagnosis pointed to from line {@code i} on another date must be valid on that date too (reported once per
     * date; one that already failed on the encounter's date is not reported again).
     */
    void onLineDate(int i, List<Integer> pointers, LocalDate date) {
        for (int p = 0; p < pointers.size(); p++) {
            int ptr = pointers.get(p);
            if (ptr < 1 || ptr > diagnoses.size() || !diagnoses.get(ptr - 1).passed()) {
                continue;
            }
            int k = ptr - 1;
            if (alreadyChecked((date.toEpochDay() << 20) | k)) {
                continue;
            }
            String code = diagnoses.get(k).code();
            CodeValidation cv = codeSets.validate(CodingRules.diagnosisSystem(code, date), code, date);
            if (cv.valid() && cv.billable() && cv.issues().isEmpty()) {
                continue;
            }
            String prefix = "line " + (i + 1) + " on " + date + ": ";
            Violations found = new Violations();
            r.codeFindings(cv, Fields.diagnosis(k), true, found, prefix);
            for (Violation x : found.list()) {
                r.errors.add(x.rule(), x.field(), prefix + x.message());
            }
        }
    }

    private boolean alreadyChecked(long key) {
        for (int c = 0; c < checkedCount; c++) {
            if (checkedOnLineDate[c] == key) {
                return true;
            }
        }
        if (checkedOnLineDate == null) {
            checkedOnLineDate = new long[8];
        } else if (checkedCount == checkedOnLineDate.length) {
            checkedOnLineDate = Arrays.copyOf(checkedOnLineDate, checkedCount * 2);
        }
        checkedOnLineDate[checkedCount++] = key;
        return false;
    }
}
