package org.openbilling.domain.claim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openbilling.domain.common.ClaimId;
import org.openbilling.domain.common.ClaimNumber;
import org.openbilling.domain.common.EncounterId;
import org.openbilling.domain.common.InvoiceId;
import org.openbilling.domain.common.Money;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.encounter.EncounterDetails;
import org.openbilling.domain.encounter.Parties.Person;

/**
 * A claim to one payer for one encounter. Status, amounts and history live in one record and change together
 * under one version check. {@code insuranceBalance} is derived: what is still expected from the payer.
 */
public record Claim(ClaimId id, PracticeId practiceId, ClaimNumber claimNumber, EncounterId encounterId,
                    ClaimStatus status, String frequency, ClaimId originalClaimId, ClaimId replacedByClaimId,
                    Payer payer, Person patient, LocalDate serviceDate, List<String> diagnoses, List<ClaimLine> lines,
                    Money totalCharge, Money paidAmount, Money contractualAdjustment, Money patientResponsibility,
                    Money insuranceBalance, List<Adjustment> adjustments, List<Remark> remarks,
                    List<HistoryEntry> history, List<InvoiceId> invoiceIds, String payerClaimControlNumber,
                    String submissionId, List<Warning> warnings, EncounterDetails details, long version,
                    Instant createdAt, Instant updatedAt, Instant submittedAt) {

    public Claim {
        diagnoses = List.copyOf(diagnoses);
        lines = List.copyOf(lines);
        adjustments = List.copyOf(adjustments);
        remarks = List.copyOf(remarks);
        history = List.copyOf(history);
        invoiceIds = List.copyOf(invoiceIds);
        warnings = List.copyOf(warnings);
        // derived, never trusted from outside
        insuranceBalance = totalCharge.minus(paidAmount).minus(contractualAdjustment).minus(patientResponsibility);
    }

    /** A new claim, READY, with its creation as the first history entry. */
    public static Claim ready(ClaimId id, PracticeId practice, ClaimNumber number, EncounterId encounterId,
                              String frequency, Payer payer, Person patient, LocalDate serviceDate,
                              List<String> diagnoses, List<ClaimLine> lines, List<Warning> warnings,
                              EncounterDetails details, String actor, Instant now) {
        Money total = lines.stream().map(ClaimLine::charge).reduce(Money.ZERO, Money::plus);
        return new Claim(id, practice, number, encounterId, ClaimStatus.READY, frequency, null, null, payer, patient,
                serviceDate, diagnoses, lines, total, Money.ZERO, Money.ZERO, Money.ZERO, null, List.of(), List.of(),
                List.of(new HistoryEntry(null, ClaimStatus.READY, now, actor, "created")), List.of(), null, null,
                warnings, details, 0, now, now, null);
    }

    /** The claim after an allowed move, with the move in its history. */
    public Claim moveTo(ClaimStatus to, String actor, String reason, Instant now) {
        if (!ClaimTransitions.isAllowed(status, to)) {
            throw new ClaimTransitionNotAllowedException(status, to);
        }
        List<HistoryEntry> h = new ArrayList<>(history);
        h.add(new HistoryEntry(status, to, now, actor, reason));
        Instant submitted = submittedAt == null && to == ClaimStatus.SUBMITTED ? now : submittedAt;
        return new Claim(id, practiceId, claimNumber, encounterId, to, frequency, originalClaimId, replacedByClaimId,
                payer, patient, serviceDate, diagnoses, lines, totalCharge, paidAmount, contractualAdjustment,
                patientResponsibility, null, adjustments, remarks, h, invoiceIds, payerClaimControlNumber,
                submissionId, warnings, details, version, createdAt, now, submitted);
    }

    public Claim withVersion(long newVersion) {
        return new Claim(id, practiceId, claimNumber, encounterId, status, frequency, originalClaimId,
                replacedByClaimId, payer, patient, serviceDate, diagnoses, lines, totalCharge, paidAmount,
                contractualAdjustment, patientResponsibility, null, adjustments, remarks, history, invoiceIds,
                payerClaimControlNumber, submissionId, warnings, details, newVersion, createdAt, updatedAt, submittedAt);
    }

    /** The instant a claim's age counts from: its first submission, or its creation while never submitted. */
    public Instant ageFrom() {
        return submittedAt != null ? submittedAt : createdAt;
    }

    public boolean isOpen() {
        return status.isOpen();
    }
}
