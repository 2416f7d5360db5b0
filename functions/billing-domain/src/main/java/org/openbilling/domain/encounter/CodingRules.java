package org.openbilling.domain.encounter;

import java.time.LocalDate;
import java.util.List;
import org.openbilling.domain.codes.CodeIssue;
import org.openbilling.domain.codes.CodeSystem;
import org.openbilling.domain.codes.CodeValidation;
import org.openbilling.domain.common.InvalidValueException;
import org.openbilling.domain.common.Money;
import org.openbilling.domain.common.Violations;

/**
 * The coding and date rules that both encounter input ({@link EncounterFactory}) and the claim scrubber apply: one
 * implementation and one rule id per rule, so a client sees the same answer from POST /encounters and POST /claims.
 * Every check adds to {@code v} against the given field path and allocates nothing when the input passes.
 */
public final class CodingRules {
    /** The day ICD-10-CM replaced ICD-9-CM for dates of service. */
    public static final LocalDate ICD10_START = LocalDate.of(2015, 10, 1);
    /** X12 837P: at most 12 diagnoses (HI), 50 service lines, 4 pointers and 4 modifiers per line. */
    public static final int MAX_DIAGNOSES = 12;
    public static final int MAX_LINES = 50;
    public static final int MAX_POINTERS = 4;
    public static final int MAX_UNITS = 9999;

    private CodingRules() {
    }

    /**
     * The diagnosis code system for a code on a date: ICD-9-CM before {@link #ICD10_START}, ICD-10-CM from then on.
     * A code that can only be the other system is judged as that system, so that it is reported as "wrong system for
     * the date" (with crosswalk suggestions) rather than as malformed: after the switch a code starting with a digit;
     * before it one starting with a letter other than E or V, an E code dotted after two digits ({@code E11.9}), or
     * one with a letter after its first character ({@code V43.52XA}).
     */
    public static CodeSystem diagnosisSystem(String code, LocalDate on) {
        String c = code == null ? "" : code.strip();
        char first = c.isEmpty() ? ' ' : Character.toUpperCase(c.charAt(0));
        if (!on.isBefore(ICD10_START)) {
            return first >= '0' && first <= '9' ? CodeSystem.ICD9CM : CodeSystem.ICD10CM;
        }
        if (first < 'A' || first > 'Z') {
            return CodeSystem.ICD9CM;
        }
        if (first != 'E' && first != 'V' || first == 'E' && c.indexOf('.') == 3) {
            return CodeSystem.ICD10CM;
        }
        for (int i = 1; i < c.length(); i++) {
            if (Character.isLetter(c.charAt(i))) {
                return CodeSystem.ICD10CM;
            }
        }
        return CodeSystem.ICD9CM;
    }

    /** CPT codes are five characters ending in a digit, F or T; HCPCS Level II a letter and four digits. */
    public static CodeSystem guessProcedureSystem(String code) {
        String c = code.strip();
        if (c.length() != 5 || !Character.isLetter(c.charAt(0))) {
            return CodeSystem.CPT;
        }
        for (int i = 1; i < 5; i++) {
            if (c.charAt(i) < '0' || c.charAt(i) > '9') {
                return CodeSystem.CPT;
            }
        }
        return CodeSystem.HCPCS;
    }

    /**
     * The errors of one code validation against {@code field}: its ERROR issues, {@code code-not-billable} for a
     * valid header where a billable code is needed, {@code code-not-valid} for an invalid code without a reason.
     * Warnings are the caller's business (the encounter drops them, the scrubber keeps them). True when the code
     * passed: valid, and billable where it must be.
     */
    public static boolean codeErrors(CodeValidation cv, String field, boolean mustBeBillable, Violations v) {
        List<CodeIssue> issues = cv.issues();
        boolean errors = false;
        for (int i = 0; i < issues.size(); i++) {
            CodeIssue issue = issues.get(i);
            if (issue.severity() == CodeIssue.Severity.ERROR) {
                errors = true;
                v.add(issue.rule(), field, issue.message());
            }
        }
        if (errors) {
            return false;
        }
        if (cv.valid() && mustBeBillable && !cv.billable()) {
            v.add("code-not-billable", field, cv.normalized() + " is a header, not billable; code to a billable child");
            return false;
        }
        if (!cv.valid()) {
            v.add("code-not-valid", field, cv.code() + " is not valid on this date");
            return false;
        }
        return true;
    }

    /**
     * The system of a procedure: as given ({@code procedure-system} unless CPT or HCPCS), else guessed from the code.
     * Null when the given system is not a procedure system.
     */
    public static CodeSystem procedureSystem(String system, String code, String field, Violations v) {
        if (system == null) {
            return code == null ? null : guessProcedureSystem(code);
        }
        if (system.equals("CPT")) {
            return CodeSystem.CPT;
        }
        if (system.equals("HCPCS")) {
            return CodeSystem.HCPCS;
        }
        CodeSystem parsed = v.parse(field, () -> CodeSystem.parse(system));
        if (parsed != null && parsed != CodeSystem.CPT && parsed != CodeSystem.HCPCS) {
            v.add("procedure-system", field, "a procedure is CPT or HCPCS");
            return null;
        }
        return parsed;
    }

    /** At most {@link #MAX_DIAGNOSES} diagnoses, none listed twice ({@code field} is the list, e.g. "diagnoses"). */
    public static void diagnosisList(List<String> normalized, String field, Violations v) {
        int n = normalized.size();
        if (n > MAX_DIAGNOSES) {
            v.add("too-many-diagnoses", field, "at most " + MAX_DIAGNOSES + " diagnoses on one encounter");
        }
        for (int i = 1; i < n; i++) {
            String d = normalized.get(i);
            for (int j = 0; j < i; j++) {
                if (d != null && d.equals(normalized.get(j))) {
                    v.add("duplicate-diagnosis", field + "[" + i + "]", "diagnosis " + d + " is listed twice (also at " + j + ")");
                    break;
                }
            }
        }
    }

    /** At most {@link #MAX_LINES} procedures ({@code field} is the list, e.g. "procedures"). */
    public static void lineCount(int count, String field, Violations v) {
        if (count > MAX_LINES) {
            v.add("too-many-lines", field, "at most " + MAX_LINES + " procedures on one encounter (" + count + " given)");
        }
    }

    /** 1 to 4 pointers, each naming an existing diagnosis (1-based), none twice; {@code field} ends in ".diagnosisPointers". */
    public static void diagnosisPointers(List<Integer> pointers, int diagnosisCount, String field, Violations v) {
        int n = pointers.size();
        if (n == 0 || n > MAX_POINTERS) {
            v.add("diagnosis-pointer-count", field, "a line points to 1 to " + MAX_POINTERS + " diagnoses (" + n + " given)");
        }
        for (int k = 0; k < n; k++) {
            Integer ptr = pointers.get(k);
            if (ptr == null || ptr < 1 || ptr > diagnosisCount) {
                v.add("diagnosis-pointer-out-of-range", field + "[" + k + "]",
                        "pointer " + ptr + " names no diagnosis (there are " + diagnosisCount + ")");
                continue;
            }
            for (int j = 0; j < k; j++) {
                if (ptr.equals(pointers.get(j))) {
                    v.add("diagnosis-pointer-duplicate", field + "[" + k + "]", "a line points to diagnosis " + ptr + " twice");
                    break;
                }
            }
        }
    }

    /** Units are a whole number from 1 to 9999. */
    public static void units(int units, String field, Violations v) {
        if (units < 1 || units > MAX_UNITS) {
            v.add("units-out-of-range", field, "units are a whole number from 1 to " + MAX_UNITS + " (" + units + " given)");
        }
    }

    /** A charge is more than zero (at most two decimals is {@link Money}'s own rule, {@code money-format}). */
    public static void charge(Money charge, String field, Violations v) {
        if (!charge.isPositive()) {
            v.add("charge-not-positive", field, "a charge is more than zero (" + charge + " given)");
        }
    }

    /**
     * The charges of an encounter's lines add up to a claim total that {@link Money} can hold (below 1,000,000,000.00,
     * rule {@code money-out-of-range}); the finding names the charge of the line where the sum goes over. Null entries
     * (charges that failed their own rules) are skipped. {@code listField} is the list, e.g. "procedures".
     */
    public static void totalCharge(List<Money> charges, String listField, Violations v) {
        Money total = Money.ZERO;
        for (int i = 0; i < charges.size(); i++) {
            Money charge = charges.get(i);
            if (charge == null) {
                continue;
            }
            try {
                total = total.plus(charge);
            } catch (InvalidValueException e) {
                v.add(e.rule(), listField + "[" + i + "].charge", "the charges of lines 1 to " + (i + 1)
                        + " add up to more than a claim can hold: " + e.getMessage());
                return;
            }
        }
    }

    /**
     * The dates of service of an encounter: neither after {@code today} (the practice's date), the range in order,
     * not before the patient's birth. Fields "serviceDate" and "serviceDateTo".
     */
    public static void serviceDates(LocalDate from, LocalDate to, LocalDate dateOfBirth, LocalDate today, Violations v) {
        notInFuture(from, today, "serviceDate", v);
        notInFuture(to, today, "serviceDateTo", v);
        dateRange(from, to, "serviceDateTo", v);
        notBeforeBirth(from, dateOfBirth, "serviceDate", v);
    }

    /**
     * The dates of one line: {@code date} is the line's own date or, when it has none, the encounter's; a line on
     * the encounter's date was judged with it ({@link #serviceDates}) and is not reported again. The end of the
     * line's range is neither after {@code today} nor before {@code date}.
     */
    public static void lineDates(LocalDate encounterDate, LocalDate date, LocalDate dateTo, LocalDate dateOfBirth,
                                 LocalDate today, String dateField, String dateToField, Violations v) {
        if (date != null && !date.equals(encounterDate)) {
            notInFuture(date, today, dateField, v);
            notBeforeBirth(date, dateOfBirth, dateField, v);
        }
        if (dateTo != null) {
            notInFuture(dateTo, today, dateToField, v);
            dateRange(date, dateTo, dateToField, v);
        }
    }

    /** A date range ends on or after its start; {@code toField} names the end. */
    public static void dateRange(LocalDate from, LocalDate to, String toField, Violations v) {
        if (from != null && to != null && to.isBefore(from)) {
            v.add("service-date-range", toField, "serviceDateTo " + to + " is before serviceDate " + from);
        }
    }

    /** A service cannot be billed before it took place; {@code today} is the practice's date. */
    public static void notInFuture(LocalDate serviceDate, LocalDate today, String field, Violations v) {
        if (serviceDate != null && serviceDate.isAfter(today)) {
            v.add("service-date-in-future", field, "the date of service " + serviceDate + " is after today (" + today + ")");
        }
    }

    /** A service cannot take place before the patient was born. */
    public static void notBeforeBirth(LocalDate serviceDate, LocalDate dateOfBirth, String field, Violations v) {
        if (serviceDate != null && dateOfBirth != null && serviceDate.isBefore(dateOfBirth)) {
            v.add("service-before-birth", field, "the date of service " + serviceDate + " is before the patient's birth");
        }
    }
}
