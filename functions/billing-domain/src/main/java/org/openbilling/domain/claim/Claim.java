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
                    Instant createdAt, Instant updatedAt, Instant submittedAt, boolean voidPending) {

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
                warnings, details, 0, now, now, null, false);
    }

    /** The claim after an allowed move, with the move in its history. */
    public Claim moveTo(ClaimStatus to, String actor, String reason, Instant now) {
        if (!ClaimTransitions.isAllowed(status, to)) {
            throw new ClaimTransitionNotAllowedException(status, to);
        }
        List<HistoryEntry> h = new ArrayList<>(history);
        h.add(new HistoryEntry(status, to, now, actor, reason));
        Instant submitted = submittedAt == null && to == ClaimStatus.SUBMITTED ? now : submittedAt;
        return toBuilder().status(to).history(h).updatedAt(now).submittedAt(submitted).build();
    }

    /**
     * The claim VOIDED. When the payer has it (it was sent and not rejected) and its claim control number is
     * known, it becomes a frequency-8 claim that the next submission sends; without the number the payer cannot
     * match a void, and the history says to cancel it with the payer directly.
     */
    public Claim voided(String actor, String reason, Instant now) {
        boolean payerHasIt = submittedAt != null && status != ClaimStatus.REJECTED && status != ClaimStatus.READY;
        if (payerHasIt && payerClaimControlNumber == null) {
            return moveTo(ClaimStatus.VOIDED, actor, reason + " (the payer's claim control number is unknown: no"
                    + " frequency-8 void can be sent; cancel the claim with the payer directly)", now);
        }
        Claim moved = moveTo(ClaimStatus.VOIDED, actor, reason, now);
        return payerHasIt ? moved.toBuilder().frequency("8").voidPending(true).build() : moved;
    }

    /** The claim with one more history entry that does not change its status (a note: "999 accepted"). */
    public Claim noted(String actor, String reason, Instant now) {
        List<HistoryEntry> h = new ArrayList<>(history);
        h.add(new HistoryEntry(status, status, now, actor, reason));
        return toBuilder().history(h).updatedAt(now).build();
    }

    public Claim withVersion(long newVersion) {
        return toBuilder().version(newVersion).build();
    }

    /** A copy to change: {@code claim.toBuilder().paidAmount(x).build()}; the balance is derived again on build. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Changes several fields of a claim at once; every list is copied on build. */
    public static final class Builder {
        private ClaimId id;
        private PracticeId practiceId;
        private ClaimNumber claimNumber;
        private EncounterId encounterId;
        private ClaimStatus status;
        private String frequency;
        private ClaimId originalClaimId;
        private ClaimId replacedByClaimId;
        private Payer payer;
        private Person patient;
        private LocalDate serviceDate;
        private List<String> diagnoses;
        private List<ClaimLine> lines;
        private Money totalCharge;
        private Money paidAmount;
        private Money contractualAdjustment;
        private Money patientResponsibility;
        private List<Adjustment> adjustments;
        private List<Remark> remarks;
        private List<HistoryEntry> history;
        private List<InvoiceId> invoiceIds;
        private String payerClaimControlNumber;
        private String submissionId;
        private List<Warning> warnings;
        private EncounterDetails details;
        private long version;
        private Instant createdAt;
        private Instant updatedAt;
        private Instant submittedAt;
        private boolean voidPending;

        private Builder(Claim c) {
            id = c.id;
            practiceId = c.practiceId;
            claimNumber = c.claimNumber;
            encounterId = c.encounterId;
            status = c.status;
            frequency = c.frequency;
            originalClaimId = c.originalClaimId;
            replacedByClaimId = c.replacedByClaimId;
            payer = c.payer;
            patient = c.patient;
            serviceDate = c.serviceDate;
            diagnoses = c.diagnoses;
            lines = c.lines;
            totalCharge = c.totalCharge;
            paidAmount = c.paidAmount;
            contractualAdjustment = c.contractualAdjustment;
            patientResponsibility = c.patientResponsibility;
            adjustments = c.adjustments;
            remarks = c.remarks;
            history = c.history;
            invoiceIds = c.invoiceIds;
            payerClaimControlNumber = c.payerClaimControlNumber;
            submissionId = c.submissionId;
            warnings = c.warnings;
            details = c.details;
            version = c.version;
            createdAt = c.createdAt;
            updatedAt = c.updatedAt;
            submittedAt = c.submittedAt;
            voidPending = c.voidPending;
        }

        public Builder id(ClaimId v) { id = v; return this; }
        public Builder claimNumber(ClaimNumber v) { claimNumber = v; return this; }
        public Builder status(ClaimStatus v) { status = v; return this; }
        public Builder frequency(String v) { frequency = v; return this; }
        public Builder originalClaimId(ClaimId v) { originalClaimId = v; return this; }
        public Builder replacedByClaimId(ClaimId v) { replacedByClaimId = v; return this; }
        public Builder payer(Payer v) { payer = v; return this; }
        public Builder patient(Person v) { patient = v; return this; }
        public Builder serviceDate(LocalDate v) { serviceDate = v; return this; }
        public Builder diagnoses(List<String> v) { diagnoses = v; return this; }
        /** New lines; the total charge follows them. */
        public Builder lines(List<ClaimLine> v) {
            lines = v;
            totalCharge = v.stream().map(ClaimLine::charge).reduce(Money.ZERO, Money::plus);
            return this;
        }
        public Builder paidAmount(Money v) { paidAmount = v; return this; }
        public Builder contractualAdjustment(Money v) { contractualAdjustment = v; return this; }
        public Builder patientResponsibility(Money v) { patientResponsibility = v; return this; }
        public Builder adjustments(List<Adjustment> v) { adjustments = v; return this; }
        public Builder remarks(List<Remark> v) { remarks = v; return this; }
        public Builder history(List<HistoryEntry> v) { history = v; return this; }
        public Builder invoiceIds(List<InvoiceId> v) { invoiceIds = v; return this; }
        public Builder payerClaimControlNumber(String v) { payerClaimControlNumber = v; return this; }
        public Builder submissionId(String v) { submissionId = v; return this; }
        public Builder warnings(List<Warning> v) { warnings = v; return this; }
        public Builder details(EncounterDetails v) { details = v; return this; }
        public Builder version(long v) { version = v; return this; }
        public Builder createdAt(Instant v) { createdAt = v; return this; }
        public Builder updatedAt(Instant v) { updatedAt = v; return this; }
        public Builder submittedAt(Instant v) { submittedAt = v; return this; }
        public Builder voidPending(boolean v) { voidPending = v; return this; }

        public Claim build() {
            return new Claim(id, practiceId, claimNumber, encounterId, status, frequency, originalClaimId,
                    replacedByClaimId, payer, patient, serviceDate, diagnoses, lines, totalCharge, paidAmount,
                    contractualAdjustment, patientResponsibility, null, adjustments, remarks, history, invoiceIds,
                    payerClaimControlNumber, submissionId, warnings, details, version, createdAt, updatedAt,
                    submittedAt, voidPending);
        }
    }

    /** The instant a claim's age counts from: its first submission, or its creation while never submitted. */
    public Instant ageFrom() {
        return submittedAt != null ? submittedAt : createdAt;
    }

    public boolean isOpen() {
        return status.isOpen();
    }
}
