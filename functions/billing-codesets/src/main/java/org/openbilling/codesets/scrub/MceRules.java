package org.openbilling.codesets.scrub;

import java.time.temporal.ChronoUnit;
import java.util.List;
import org.openbilling.codesets.MedicareCodeEditor;
import org.openbilling.domain.claim.Warning;
import org.openbilling.domain.encounter.CodingRules;

/** Medicare Code Editor: diagnoses that do not fit the patient's age or sex (or a manifestation listed first); always warnings. */
final class MceRules {
    private MceRules() {
    }

    static void check(Review r, MedicareCodeEditor mce, List<ScrubbedDiagnosis> diagnoses) {
        if (r.serviceDate == null || r.serviceDate.isBefore(CodingRules.ICD10_START) || r.patient == null) {
            return;
        }
        int age = r.dateOfBirth == null || r.serviceDate.isBefore(r.dateOfBirth) ? -1 : (int) ChronoUnit.YEARS.between(r.dateOfBirth, r.serviceDate);
        for (ScrubbedDiagnosis d : diagnoses) {
            if (!d.passed()) {
                continue;
            }
            for (MedicareCodeEditor.Conflict c : mce.conflicts(d.code(), r.patient.sex(), age, d.index() == 0)) {
                String rule = switch (c.rule().kind()) {
                    case AGE -> "mce-age-conflict";
                    case SEX -> "mce-sex-conflict";
                    case MANIFESTATION -> "mce-manifestation-first";
                    case OTHER -> null;
                };
                if (rule != null) {
                    String coverage = mce.edition().covers(r.serviceDate) ? "" : "; " + Review.notCovering(mce.edition(), r.serviceDate);
                    r.warnings.add(new Warning(rule, Fields.diagnosis(d.index()), c.message() + coverage));
                }
            }
        }
    }
}
