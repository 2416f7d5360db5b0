package org.openbilling.domain.claim;

import java.time.LocalDate;
import java.util.List;
import org.openbilling.domain.common.Money;
import org.openbilling.domain.encounter.EncounterDetails;
import org.openbilling.domain.encounter.Parties.Person;

/**
 * What a claim bills: the payer it goes to, the visit's details (the patient, coverages, providers; held once, here),
 * the diagnoses and lines, and the scrubber's warnings about them. Changes when the claim is corrected, and (its lines'
 * paid amounts) when a payer's line payments are posted. {@code totalCharge} follows the lines except where a total
 * stands without lines (fixtures, imports).
 */
public record BilledClaim(Payer payer, EncounterDetails details, List<String> diagnoses, List<ClaimLine> lines,
                          Money totalCharge, List<Warning> warnings) {
    public BilledClaim {
        diagnoses = List.copyOf(diagnoses);
        lines = List.copyOf(lines);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A bill whose total is the sum of its lines. */
    public static BilledClaim of(Payer payer, EncounterDetails details, List<String> diagnoses, List<ClaimLine> lines,
                                 List<Warning> warnings) {
        return new BilledClaim(payer, details, diagnoses, lines, total(lines), warnings);
    }

    public Person patient() {
        return details.patient();
    }

    public LocalDate serviceDate() {
        return details.serviceDate();
    }

    /** The same bill with new lines; the total follows them. */
    public BilledClaim withLines(List<ClaimLine> newLines) {
        return new BilledClaim(payer, details, diagnoses, newLines, total(newLines), warnings);
    }

    /** The same lines with new paid amounts: what a payment changes, never the total charge. */
    BilledClaim withPaidLines(List<ClaimLine> paidLines) {
        return new BilledClaim(payer, details, diagnoses, paidLines, totalCharge, warnings);
    }

    public BilledClaim withDiagnoses(List<String> newDiagnoses) {
        return new BilledClaim(payer, details, newDiagnoses, lines, totalCharge, warnings);
    }

    public BilledClaim withDetails(EncounterDetails newDetails) {
        return new BilledClaim(payer, newDetails, diagnoses, lines, totalCharge, warnings);
    }

    public BilledClaim withPayer(Payer newPayer) {
        return new BilledClaim(newPayer, details, diagnoses, lines, totalCharge, warnings);
    }

    public BilledClaim withWarnings(List<Warning> newWarnings) {
        return new BilledClaim(payer, details, diagnoses, lines, totalCharge, newWarnings);
    }

    /** Where a total stands without lines that add up to it (aged fixtures, imports). */
    public BilledClaim withTotalCharge(Money total) {
        return new BilledClaim(payer, details, diagnoses, lines, total, warnings);
    }

    private static Money total(List<ClaimLine> lines) {
        return lines.stream().map(ClaimLine::charge).reduce(Money.ZERO, Money::plus);
    }
}
