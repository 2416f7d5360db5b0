package org.openbilling.codesets.scrub;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.openbilling.codesets.CodeSetTables;
import org.openbilling.codesets.Edition;
import org.openbilling.codesets.MedicareCodeEditor;
import org.openbilling.codesets.MueLimits;
import org.openbilling.codesets.NcciEdits;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimLine;
import org.openbilling.domain.claim.Warning;
import org.openbilling.domain.codes.CodeIssue;
import org.openbilling.domain.codes.CodeSets;
import org.openbilling.domain.codes.CodeSystem;
import org.openbilling.domain.codes.CodeValidation;
import org.openbilling.domain.common.Ndc;
import org.openbilling.domain.common.Violation;
import org.openbilling.domain.common.Violations;
import org.openbilling.domain.encounter.CodingRules;
import org.openbilling.domain.encounter.EncounterDetails;
import org.openbilling.domain.encounter.EncounterText;
import org.openbilling.domain.encounter.Parties.BillingProvider;
import org.openbilling.domain.encounter.Parties.Person;
import org.openbilling.domain.encounter.Parties.Provider;

/**
 * Checks a claim against every rule it must pass before it goes to a payer and reports all findings at once, each
 * with the field of the encounter input to fix ({@code procedures[1].modifiers[0]}). The rules and their ids are
 * listed in SCRUBBER-RULES.md. Stateless and thread-safe: one instance serves every request.
 *
 * <p>Identifier formats (NPI, tax id, taxonomy) and two-decimal money are not re-checked here: {@code Npi},
 * {@code TaxId}, {@code TaxonomyCode} and {@code Money} refuse bad values when the encounter is made, so a claim
 * cannot hold one. Coding rules shared with encounter input come from {@link CodingRules}.
 */
public final class ClaimScrubber {
    private final CodeSets codeSets;
    private final NcciEdits ncci;
    private final MueLimits mue;
    private final MedicareCodeEditor mce;

    public ClaimScrubber(CodeSets codeSets, NcciEdits ncci, MueLimits mue, MedicareCodeEditor mce) {
        this.codeSets = Objects.requireNonNull(codeSets, "codeSets");
        this.ncci = Objects.requireNonNull(ncci, "ncci");
        this.mue = Objects.requireNonNull(mue, "mue");
        this.mce = Objects.requireNonNull(mce, "mce");
    }

    /** A scrubber over the loaded code sets and their NCCI, MUE and MCE tables. */
    public static ClaimScrubber of(CodeSetTables tables) {
        return new ClaimScrubber(tables, tables.ncciEdits(), tables.mueLimits(), tables.medicareCodeEditor());
    }

    /** Every error and warning of {@code claim}; {@code today} is the practice's date (dates of service may not pass it). */
    public ScrubResult scrub(Claim claim, LocalDate today) {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(today, "today");
        Run run = new Run(claim, today);
        run.parties();
        run.dates();
        run.diagnoses();
        run.lines();
        run.ncci();
        run.mue();
        run.mce();
        return new ScrubResult(run.errors.list(), run.warnings);
    }

    /** E/M codes 99202-99499, on which distinct-procedure modifiers are not allowed. */
    static boolean isEvaluationAndManagement(String code) {
        if (code == null || code.length() != 5) {
            return false;
        }
        int n = 0;
        for (int i = 0; i < 5; i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            n = n * 10 + (c - '0');
        }
        return n >= 99202 && n <= 99499;
    }

    /** 59 or XE/XS/XP/XU: the modifiers that mark a distinct procedural service (NCCI-associated). */
    static boolean isDistinctService(String modifier) {
        return modifier.equals("59") || isXModifier(modifier);
    }

    static boolean isXModifier(String m) {
        return m.length() == 2 && m.charAt(0) == 'X' && (m.charAt(1) == 'E' || m.charAt(1) == 'S' || m.charAt(1) == 'P' || m.charAt(1) == 'U');
    }

    /** The state of one scrub: what was found, and per line its date, normalized code and modifiers. */
    private final class Run {
        final LocalDate today;
        final Violations errors = new Violations();
        final List<Warning> warnings = new ArrayList<>(4);
        final EncounterDetails details;
        final Person patient;
        final LocalDate dateOfBirth;
        final LocalDate serviceDate;
        final List<String> diagnoses;
        final boolean[] diagnosisOk;
        final List<ClaimLine> lines;
        final LocalDate[] lineDate;
        /** The line's code, normalized, when it is valid and billable on its date; null otherwise (skips NCCI/MUE). */
        final String[] lineCode;
        final String[][] lineModifiers;
        /** Diagnosis index and epoch day already checked on a line date other than the encounter's. */
        long[] checkedOnLineDate;
        int checkedCount;

        Run(Claim claim, LocalDate today) {
            this.today = today;
            details = claim.details();
            patient = claim.patient() != null ? claim.patient() : details == null ? null : details.patient();
            dateOfBirth = patient == null ? null : patient.dateOfBirth();
            serviceDate = details != null && details.serviceDate() != null ? details.serviceDate() : claim.serviceDate();
            diagnoses = claim.diagnoses();
            diagnosisOk = new boolean[diagnoses.size()];
            lines = claim.lines();
            lineDate = new LocalDate[lines.size()];
            lineCode = new String[lines.size()];
            lineModifiers = new String[lines.size()][];
        }

        // ---------------------------------------------------------------------------------- who and when

        void parties() {
            BillingProvider billing = details == null ? null : details.billingProvider();
            if (errors.required("billingProvider", billing) != null) {
                errors.required("billingProvider.npi", billing.npi());
                errors.required("billingProvider.taxId", billing.taxId());
            }
            provider(details == null ? null : details.renderingProvider(), "renderingProvider.npi");
            provider(details == null ? null : details.referringProvider(), "referringProvider.npi");
            if (errors.required("patient", patient) != null) {
                errors.required("patient.dateOfBirth", dateOfBirth);
            }
            // the rules of intake, for encounters stored before them: text the 837P cannot carry or hold
            EncounterText.check(details, "", errors, warnings);
        }

        private void provider(Provider p, String npiField) {
            if (p != null) {
                errors.required(npiField, p.npi());
            }
        }

        void dates() {
            if (errors.required("serviceDate", serviceDate) == null) {
                return;
            }
            CodingRules.serviceDates(serviceDate, details == null ? null : details.serviceDateTo(), dateOfBirth, today, errors);
        }

        // ---------------------------------------------------------------------------------- diagnoses

        void diagnoses() {
            if (diagnoses.isEmpty()) {
                errors.add("required", "diagnoses", "a claim needs at least one diagnosis");
            }
            if (serviceDate != null) {
                for (int k = 0; k < diagnoses.size(); k++) {
                    String code = diagnoses.get(k);
                    CodeValidation cv = codeSets.validate(CodingRules.diagnosisSystem(code, serviceDate), code, serviceDate);
                    diagnosisOk[k] = codeFindings(cv, Fields.diagnosis(k), true, errors, null);
                }
            }
            CodingRules.diagnosisList(diagnoses, "diagnoses", errors);
        }

        /**
         * A diagnosis pointed to from a line on another date must be valid on that date too (reported once per date; one
         * that already failed on the encounter's date is not reported again).
         */
        private void diagnosesOnLineDate(int i, List<Integer> pointers, LocalDate date) {
            for (int p = 0; p < pointers.size(); p++) {
                int ptr = pointers.get(p);
                if (ptr < 1 || ptr > diagnoses.size() || !diagnosisOk[ptr - 1]) {
                    continue;
                }
                int k = ptr - 1;
                if (alreadyChecked((date.toEpochDay() << 20) | k)) {
                    continue;
                }
                String code = diagnoses.get(k);
                CodeValidation cv = codeSets.validate(CodingRules.diagnosisSystem(code, date), code, date);
                if (cv.valid() && cv.billable() && cv.issues().isEmpty()) {
                    continue;
                }
                String prefix = "line " + (i + 1) + " on " + date + ": ";
                Violations found = new Violations();
                codeFindings(cv, Fields.diagnosis(k), true, found, prefix);
                for (Violation x : found.list()) {
                    errors.add(x.rule(), x.field(), prefix + x.message());
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
                checkedOnLineDate = java.util.Arrays.copyOf(checkedOnLineDate, checkedCount * 2);
            }
            checkedOnLineDate[checkedCount++] = key;
            return false;
        }

        // ---------------------------------------------------------------------------------- lines

        void lines() {
            int n = lines.size();
            if (n == 0) {
                errors.add("required", "procedures", "a claim needs at least one procedure");
            }
            CodingRules.lineCount(n, "procedures", errors);
            for (int i = 0; i < n; i++) {
                ClaimLine l = lines.get(i);
                LocalDate date = l.serviceDate() != null ? l.serviceDate() : serviceDate;
                lineDate[i] = date;
                CodingRules.lineDates(serviceDate, date, l.serviceDateTo(), dateOfBirth, today,
                        Fields.line(i, Fields.SERVICE_DATE), Fields.line(i, Fields.SERVICE_DATE_TO), errors);
                code(i, l, date);
                modifiers(i, l.modifiers(), date);
                CodingRules.units(l.units(), Fields.line(i, Fields.UNITS), errors);
                if (errors.required(Fields.line(i, Fields.CHARGE), l.charge()) != null) {
                    CodingRules.charge(l.charge(), Fields.line(i, Fields.CHARGE), errors);
                }
                CodingRules.diagnosisPointers(l.diagnosisPointers(), diagnoses.size(), Fields.line(i, Fields.POINTERS), errors);
                if (l.ndc() != null) {
                    errors.parse(Fields.line(i, Fields.NDC), () -> new Ndc(l.ndc()));
                }
                if (date != null && serviceDate != null && !date.equals(serviceDate)) {
                    diagnosesOnLineDate(i, l.diagnosisPointers(), date);
                }
            }
        }

        private void code(int i, ClaimLine l, LocalDate date) {
            String code = l.code();
            String field = Fields.line(i, Fields.CODE);
            if (errors.required(field, code) == null) {
                return;
            }
            CodeSystem system = CodingRules.procedureSystem(l.system(), code, Fields.line(i, Fields.SYSTEM), errors);
            if (system == null || date == null) {
                return;
            }
            CodeValidation cv = codeSets.validate(system, code, date);
            if (codeFindings(cv, field, true, errors, null)) {
                lineCode[i] = cv.normalized();
            }
        }

        /** Each modifier valid on the date, and the combination rules (count, duplicates, 59/X, E/M, LT/RT). */
        private void modifiers(int i, List<String> modifiers, LocalDate date) {
            int n = modifiers.size();
            if (n == 0) {
                lineModifiers[i] = new String[0];
                return;
            }
            if (n > 4) {
                errors.add("too-many-modifiers", Fields.line(i, Fields.MODIFIER_LIST), "a line has at most 4 modifiers (" + n + " given)");
            }
            String[] normalized = new String[n];
            lineModifiers[i] = normalized;
            String code = lineCode[i] != null ? lineCode[i] : lines.get(i).code();
            boolean em = isEvaluationAndManagement(code);
            int at59 = -1;
            int firstX = -1;
            int left = -1;
            int right = -1;
            for (int k = 0; k < n; k++) {
                String field = Fields.modifier(i, k);
                String m = modifiers.get(k);
                if (date != null) {
                    CodeValidation cv = codeSets.validate(CodeSystem.MODIFIER, m, date);
                    codeFindings(cv, field, false, errors, null);
                    if (cv.normalized() != null) {
                        m = cv.normalized();
                    }
                }
                normalized[k] = m;
                boolean duplicate = false;
                for (int j = 0; j < k && !duplicate; j++) {
                    duplicate = m.equals(normalized[j]);
                }
                if (duplicate) {
                    errors.add("modifier-duplicate", field, "modifier " + m + " is on the line twice");
                    continue;
                }
                if (isDistinctService(m) && em) {
                    errors.add("modifier-distinct-service-on-em", field, "modifier " + m + " marks a distinct procedure and is not used on "
                            + "an E/M code (" + code + "); use 25 for a separately identifiable E/M service");
                }
                if (m.equals("59")) {
                    at59 = k;
                } else if (isXModifier(m)) {
                    if (firstX >= 0) {
                        errors.add("modifier-x-multiple", field, "only one of XE, XS, XP, XU on a line (" + normalized[firstX] + " and " + m + ")");
                    } else {
                        firstX = k;
                    }
                } else if (m.equals("LT")) {
                    left = k;
                } else if (m.equals("RT")) {
                    right = k;
                }
            }
            if (at59 >= 0 && firstX >= 0) {
                errors.add("modifier-59-with-x", Fields.modifier(i, at59), "59 and " + normalized[firstX]
                        + " on one line: the X modifier is the more specific form of 59; report only one");
            }
            if (left >= 0 && right >= 0) {
                errors.add("modifier-lt-with-rt", Fields.modifier(i, Math.max(left, right)),
                        "LT and RT on one line: report a bilateral procedure with 50, or each side on its own line");
            }
        }

        // ---------------------------------------------------------------------------------- NCCI, MUE, MCE

        /** NCCI PTP edits between lines on the same date; the finding goes to the column-2 line. */
        void ncci() {
            int n = lines.size();
            for (int j = 0; j < n; j++) {
                String column2 = lineCode[j];
                if (column2 == null) {
                    continue;
                }
                LocalDate date = lineDate[j];
                for (int i = 0; i < n; i++) {
                    String column1 = lineCode[i];
                    if (i == j || column1 == null || column1.equals(column2) || !date.equals(lineDate[i])) {
                        continue;
                    }
                    Optional<NcciEdits.PtpEdit> found = ncci.find(column1, column2, date);
                    if (found.isEmpty()) {
                        continue;
                    }
                    NcciEdits.PtpEdit edit = found.get();
                    int indicator = edit.modifierIndicator();
                    if (indicator == 9 || indicator == 1 && bypassesNcci(j, column2) || sameCodeEarlier(i, j, column1, date)) {
                        continue;
                    }
                    String head = column2 + " (line " + (j + 1) + ") is bundled into " + column1 + " (line " + (i + 1) + ") on " + date
                            + " (" + edit.rationale() + ")";
                    if (indicator == 0) {
                        finding(ncci.edition(), date, "ncci-ptp-not-allowed", Fields.line(j, Fields.CODE),
                                head + "; modifier indicator 0: no modifier allows the pair, remove one of them");
                    } else {
                        finding(ncci.edition(), date, "ncci-ptp-modifier-required", Fields.line(j, Fields.MODIFIER_LIST),
                                head + "; modifier indicator 1: report it only as a distinct service with "
                                        + (isEvaluationAndManagement(column2) ? "25 or 57" : "59, XE, XS, XP or XU") + " on line " + (j + 1));
                    }
                }
            }
        }

        /**
         * 59 or X{EPSU} on the column-2 line allows an indicator-1 pair. On an E/M column-2 code those modifiers are not
         * allowed (rule modifier-distinct-service-on-em), and NCCI accepts 25 or 57 there instead.
         */
        private boolean bypassesNcci(int j, String column2) {
            boolean em = isEvaluationAndManagement(column2);
            for (String m : lineModifiers[j]) {
                if (m != null && (em ? m.equals("25") || m.equals("57") : isDistinctService(m))) {
                    return true;
                }
            }
            return false;
        }

        /** An earlier line with the same column-1 code on the date already produced this finding. */
        private boolean sameCodeEarlier(int i, int j, String column1, LocalDate date) {
            for (int k = 0; k < i; k++) {
                if (k != j && column1.equals(lineCode[k]) && date.equals(lineDate[k])) {
                    return true;
                }
            }
            return false;
        }

        /** MUE: the units of one code on one date, summed over its lines, within the code's daily limit. */
        void mue() {
            int n = lines.size();
            for (int i = 0; i < n; i++) {
                String code = lineCode[i];
                if (code == null || seenEarlier(i, code)) {
                    continue;
                }
                LocalDate date = lineDate[i];
                int units = lines.get(i).units();
                int count = 1;
                for (int k = i + 1; k < n; k++) {
                    if (code.equals(lineCode[k]) && date.equals(lineDate[k])) {
                        units += lines.get(k).units();
                        count++;
                    }
                }
                Optional<MueLimits.MueLimit> limit = mue.find(code);
                if (limit.isEmpty() || units <= limit.get().maxUnits()) {
                    continue;
                }
                MueLimits.MueLimit l = limit.get();
                finding(mue.edition(), date, "mue-units-exceeded", Fields.line(i, Fields.UNITS),
                        code + ": " + units + " units on " + date + (count > 1 ? " (lines " + sameCodeLines(i, code, date) + ")" : "")
                                + " exceed the MUE of " + l.maxUnits() + " per day (MAI " + l.adjudicationIndicator() + ", " + l.rationale() + ")");
            }
        }

        private boolean seenEarlier(int i, String code) {
            for (int k = 0; k < i; k++) {
                if (code.equals(lineCode[k]) && lineDate[i].equals(lineDate[k])) {
                    return true;
                }
            }
            return false;
        }

        private String sameCodeLines(int i, String code, LocalDate date) {
            StringBuilder b = new StringBuilder();
            for (int k = i; k < lines.size(); k++) {
                if (code.equals(lineCode[k]) && date.equals(lineDate[k])) {
                    b.append(b.length() == 0 ? "" : ", ").append(k + 1);
                }
            }
            return b.toString();
        }

        /** Medicare Code Editor: diagnoses that do not fit the patient's age or sex (or a manifestation listed first). */
        void mce() {
            if (serviceDate == null || serviceDate.isBefore(CodingRules.ICD10_START) || patient == null) {
                return;
            }
            int age = dateOfBirth == null || serviceDate.isBefore(dateOfBirth) ? -1 : (int) ChronoUnit.YEARS.between(dateOfBirth, serviceDate);
            for (int k = 0; k < diagnoses.size(); k++) {
                if (!diagnosisOk[k]) {
                    continue;
                }
                for (MedicareCodeEditor.Conflict c : mce.conflicts(diagnoses.get(k), patient.sex(), age, k == 0)) {
                    String rule = switch (c.rule().kind()) {
                        case AGE -> "mce-age-conflict";
                        case SEX -> "mce-sex-conflict";
                        case MANIFESTATION -> "mce-manifestation-first";
                        case OTHER -> null;
                    };
                    if (rule != null) {
                        String coverage = mce.edition().covers(serviceDate) ? "" : "; " + notCovering(mce.edition(), serviceDate);
                        warnings.add(new Warning(rule, Fields.diagnosis(k), c.message() + coverage));
                    }
                }
            }
        }

        // ---------------------------------------------------------------------------------- reporting

        /** An edit finding: an error when its edition covers the date of service, else a warning that says so. */
        private void finding(Edition edition, LocalDate date, String rule, String field, String message) {
            if (edition.covers(date)) {
                errors.add(rule, field, message + " (" + edition.name() + ")");
            } else {
                warnings.add(new Warning(rule, field, message + "; " + notCovering(edition, date)));
            }
        }

        /**
         * The errors of a code validation into {@code sink}; its warnings (edition-stale, cpt-not-in-fee-schedule) onto the
         * claim, each once per message. True when the code passed.
         */
        private boolean codeFindings(CodeValidation cv, String field, boolean mustBeBillable, Violations sink, String prefix) {
            boolean ok = CodingRules.codeErrors(cv, field, mustBeBillable, sink);
            List<CodeIssue> issues = cv.issues();
            for (int i = 0; i < issues.size(); i++) {
                CodeIssue issue = issues.get(i);
                if (issue.severity() == CodeIssue.Severity.WARNING) {
                    warnOnce(issue.rule(), field, prefix == null ? issue.message() : prefix + issue.message());
                }
            }
            return ok;
        }

        private void warnOnce(String rule, String field, String message) {
            for (int i = 0; i < warnings.size(); i++) {
                Warning w = warnings.get(i);
                if (w.rule().equals(rule) && w.message().equals(message)) {
                    return;
                }
            }
            warnings.add(new Warning(rule, field, message));
        }
    }

    private static String notCovering(Edition edition, LocalDate date) {
        return edition.name() + " (current " + edition.effective() + " to " + edition.staleAfter() + ") does not cover " + date
                + "; checked against it anyway";
    }
}
