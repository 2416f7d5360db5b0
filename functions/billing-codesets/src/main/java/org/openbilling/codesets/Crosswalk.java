package org.openbilling.codesets;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openbilling.codesets.CodeFormats.Normalized;
import org.openbilling.codesets.table.CodeKey;
import org.openbilling.codesets.table.CodeTable;
import org.openbilling.domain.codes.Code;
import org.openbilling.domain.codes.CodeIssue;
import org.openbilling.domain.codes.CodeSystem;
import org.openbilling.domain.codes.CodeValidation;

/**
 * The ICD-9-CM / ICD-10-CM switch of 2015-10-01 through the GEMs: an ICD-10-CM code on an earlier date gets ICD-9-CM
 * candidates, an ICD-9-CM code on a later date gets ICD-10-CM candidates checked against the edition in force. Works
 * on both tables directly, so that neither code system's class needs the other.
 */
final class Crosswalk {
    /** First date of service of ICD-10-CM in the US; ICD-9-CM applies before it. */
    static final LocalDate ICD10_START = LocalDate.of(2015, 10, 1);
    static final int ICD10_START_DAY = (int) ICD10_START.toEpochDay();
    private static final int SUGGESTION_LIMIT = 10;

    private final Gems gems;
    private final CodeTable icd9;
    private final Edition icd9Edition;
    private final int icd9LastDay;
    private final CodeTable icd10;
    private final Icd10Editions icd10Editions;

    Crosswalk(Gems gems, CodeTable icd9, Edition icd9Edition, CodeTable icd10, Icd10Editions icd10Editions) {
        this.gems = gems;
        this.icd9 = icd9;
        this.icd9Edition = icd9Edition;
        this.icd9LastDay = (int) icd9Edition.staleAfter().toEpochDay();
        this.icd10 = icd10;
        this.icd10Editions = icd10Editions;
    }

    /** A well-formed ICD-10-CM code on a date before ICD-10-CM started: an error, with the backward GEM's ICD-9-CM codes. */
    Verdict icd10BeforeStart(String input, Normalized n, int day) {
        List<Code> candidates = gems.backward(n.key()).stream().map(k -> icd9Code(k, day)).flatMap(Optional::stream).toList();
        return Verdict.of(new CodeValidation(CodeSystem.ICD10CM, input, n.dotted(), false, false, "", icd9Edition.name(),
                List.of(CodeIssue.error("icd10cm-before-icd10-start", "ICD-10-CM applies to dates of service from " + ICD10_START
                        + "; report ICD-9-CM for " + TableSearch.date(day) + (candidates.isEmpty() ? "" : " (GEMs candidates suggested)"))),
                candidates));
    }

    /** An ICD-9-CM code (known to the edition; {@code display} its title) on a date after the switch. */
    Verdict icd9AfterStart(String input, Normalized n, String display, int day) {
        List<Code> candidates = icd10Candidates(n.key(), day);
        return Verdict.of(new CodeValidation(CodeSystem.ICD9CM, input, n.dotted(), false, false, display, icd9Edition.name(),
                List.of(CodeIssue.error("icd9-after-icd10-start", "ICD-9-CM is not valid for dates of service from " + ICD10_START
                        + "; report ICD-10-CM" + (candidates.isEmpty() ? "" : " (GEMs 2018 candidates suggested, checked against "
                        + icd10Editions.onOrOldest(day).name() + ")"))), candidates));
    }

    private Optional<Code> icd9Code(long key, int day) {
        int e = icd9.find(key, Math.min(day, icd9LastDay));
        return e < 0 ? Optional.empty() : Optional.of(Icd9Cm.code(icd9, e));
    }

    /** GEMs forward candidates, checked against the ICD-10-CM edition in force (or the nearest held); headers become their children. */
    private List<Code> icd10Candidates(long icd9Key, int day) {
        int judgeDay = Math.max(day, icd10Editions.firstDay());
        Set<Code> out = new LinkedHashSet<>();
        for (long target : gems.forward(icd9Key)) {
            int e = icd10.find(target, judgeDay);
            if (e < 0) {
                continue;
            }
            if (icd10.billable(e)) {
                out.add(Icd10Cm.code(icd10, e));
            } else {
                out.addAll(TableSearch.billableChildren(icd10, target, CodeKey.length(target), judgeDay, 5, i -> Icd10Cm.code(icd10, i)));
            }
            if (out.size() >= 2 * SUGGESTION_LIMIT) {
                break;
            }
        }
        return List.copyOf(out);
    }
}
