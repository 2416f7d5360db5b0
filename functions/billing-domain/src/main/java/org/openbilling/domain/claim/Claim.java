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
                    Instant createdAt, Instant updatedAt, Instant submittedAt, boolean voidPending,
                    List<Posting> postings) {

    public Claim {
        diagnoses = List.copyOf(diagnoses);
        lines = List.copyOf(lines);
        adjustments = List.copyOf(adjustments);
        remarks = List.copyOf(remarks);
        history = List.copyOf(history);
        invoiceIds = List.copyOf(invoiceIds);
        warnings = List.copyOf(warnings);
        // claims stored before remittances were posted have none
        postings = postings == null ? List.of() : List.copyOf(postings);
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
                warnings, details, 0, now, now, null, false, List.of());
    }

    /** The claim after an allowed move, with the move in its history. */
    public Claim moveTo(ClaimStatus to, String actor, String reason, Instant now) {
        if (!ClaimTransitions.isAllowed(status, to)) {
            throw new ClaimTransitionNotAllowedException(status, to);
        }
        return moved(to, actor, reason, now);
    }

    /** The move itself; callers have checked it against the table (or the payer's reversal rule). */
    private Claim moved(ClaimStatus to, String actor, String reason, Instant now) {
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
        private List<Posting> postings;

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
            postings = c.postings;
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
        /** Normally follows {@link #lines}; set alone only where a total stands without lines (fixtures, imports). */
        public Builder totalCharge(Money v) { totalCharge = v; return this; }
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
        public Builder postings(List<Posting> v) { postings = v; return this; }

        public Claim build() {
            return new Claim(id, practiceId, claimNumber, encounterId, status, frequency, originalClaimId,
                    replacedByClaimId, payer, patient, serviceDate, diagnoses, lines, totalCharge, paidAmount,
                    contractualAdjustment, patientResponsibility, null, adjustments, remarks, history, invoiceIds,
                    payerClaimControlNumber, submissionId, warnings, details, version, createdAt, updatedAt,
                    submittedAt, voidPending, postings);
        }
    }

    /** True when the remittance posting with this key was applied to the claim already. */
    public boolean hasPosting(String key) {
        return postings.stream().anyMatch(p -> p.key().equals(key));
    }

    /** The posting with this key, if it was applied. */
    public java.util.Optional<Posting> posting(String key) {
        return postings.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    /**
     * The claim with a payer's adjudication posted: amounts, adjustments, remarks, line payments and the status
     * it leads to, all in one change. A SUBMITTED claim is first recorded as ACCEPTED (the payer adjudicated it,
     * so it accepted it). A reversal backs out exactly what the standing posting booked, whatever the claim's status
     * now, and leaves the claim where {@link ClaimTransitions#afterReversal} says (a voided or replaced claim stays
     * so); a new adjudication supersedes a standing one (an appealed claim's denial) the same way. Posting the same
     * key again returns the claim unchanged.
     *
     * @throws ClaimTransitionNotAllowedException when the claim's status does not allow the outcome
     */
    public Claim post(Adjudication a, String actor, Instant now) {
        if (hasPosting(a.key())) {
            return this;
        }
        ClaimStatus from = status == ClaimStatus.SUBMITTED ? ClaimStatus.ACCEPTED : status;
        ClaimStatus target = a.reversal() ? ClaimTransitions.afterReversal(from) : a.outcome();
        if (target == null) {
            throw new ClaimTransitionNotAllowedException(from, ClaimStatus.ACCEPTED);
        }
        if (!a.reversal() && !ClaimTransitions.isAllowed(from, target)) {
            // PAID again without a reversal in between, too: the payer must reverse the first adjudication first
            throw new ClaimTransitionNotAllowedException(from, target);
        }
        Claim c = status == ClaimStatus.SUBMITTED
                ? moveTo(ClaimStatus.ACCEPTED, actor, "accepted (implied by " + a.reason() + ")", now)
                : this;

        Money paid = c.paidAmount;
        Money contractual = c.contractualAdjustment;
        Money patient = c.patientResponsibility;
        List<Adjustment> adj = new ArrayList<>(c.adjustments);
        java.util.Map<Integer, Money> lineDelta = new java.util.HashMap<>();
        List<Posting> booked = new ArrayList<>(c.postings);
        for (int i = 0; i < booked.size(); i++) {
            Posting p = booked.get(i);
            if (!p.standing()) {
                continue;
            }
            paid = paid.minus(p.paidAmount());
            contractual = contractual.minus(p.contractualAdjustment());
            patient = patient.minus(p.patientResponsibility());
            p.adjustments().forEach(x -> adj.add(x.negated()));
            p.linePaid().forEach((line, amount) -> lineDelta.merge(line, amount.negate(), Money::plus));
            booked.set(i, p.backedOutBy(a.key()));
        }
        Posting mine;
        if (a.reversal()) {
            // backs out what the standing posting booked; with nothing standing (an adjudication this system never
            // posted) there is nothing to back out, and booking the payer's negative amounts would make them negative
            mine = new Posting(a.key(), ClaimStatus.ACCEPTED, true, Money.ZERO, Money.ZERO, Money.ZERO, List.of(),
                    java.util.Map.of(), null, null, c.version + 1);
        } else {
            paid = paid.plus(a.paidAmount());
            contractual = contractual.plus(a.contractualAdjustment());
            patient = patient.plus(a.patientResponsibility());
            adj.addAll(a.adjustments());
            a.linePaid().forEach((line, amount) -> lineDelta.merge(line, amount, Money::plus));
            mine = new Posting(a.key(), target, a.reversal(), a.paidAmount(), a.contractualAdjustment(),
                    a.patientResponsibility(), a.adjustments(), a.linePaid(), a.invoiceId(), null, c.version + 1);
        }
        booked.add(mine);

        List<ClaimLine> newLines = new ArrayList<>(c.lines.size());
        for (ClaimLine l : c.lines) {
            Money delta = lineDelta.get(l.lineNumber());
            if (delta == null) {
                newLines.add(l);
                continue;
            }
            Money now0 = (l.paidAmount() == null ? Money.ZERO : l.paidAmount()).plus(delta);
            Money linePaid = a.reversal() && now0.isZero() ? null : now0;
            newLines.add(new ClaimLine(l.lineNumber(), l.code(), l.system(), l.modifiers(), l.units(), l.charge(),
                    l.diagnosisPointers(), l.serviceDate(), l.serviceDateTo(), l.ndc(), linePaid));
        }
        List<Remark> rem = new ArrayList<>(c.remarks);
        for (Remark r : a.remarks()) {
            if (rem.stream().noneMatch(x -> x.code().equals(r.code())
                    && java.util.Objects.equals(x.lineNumber(), r.lineNumber()))) {
                rem.add(r);
            }
        }
        List<InvoiceId> invoices = new ArrayList<>(c.invoiceIds);
        if (a.invoiceId() != null && !invoices.contains(a.invoiceId())) {
            invoices.add(a.invoiceId());
        }
        String control = a.payerClaimControlNumber() == null || a.payerClaimControlNumber().isBlank()
                ? c.payerClaimControlNumber : a.payerClaimControlNumber();
        // lines() would recompute the total charge from the lines, which a payment never changes
        Builder b = c.toBuilder().paidAmount(paid).contractualAdjustment(contractual).patientResponsibility(patient)
                .adjustments(adj).remarks(rem).invoiceIds(invoices).payerClaimControlNumber(control).postings(booked);
        b.lines = newLines;
        Claim changed = b.build();
        return changed.status == target ? changed.noted(actor, a.reason(), now) : changed.moved(target, actor, a.reason(), now);
    }

    /** The patient invoices of the adjudications that stand, while the claim bills them (it is not voided or replaced). */
    public List<InvoiceId> billedInvoiceIds() {
        if (status == ClaimStatus.VOIDED || status == ClaimStatus.REPLACED) {
            return List.of();
        }
        return postings.stream().filter(Posting::standing).map(Posting::invoiceId)
                .filter(java.util.Objects::nonNull).toList();
    }

    /**
     * The patient invoices the claim no longer bills: those of adjudications backed out (reversed or superseded),
     * and every one once the claim is VOIDED or REPLACED (the service is billed anew, or not at all).
     */
    public List<InvoiceId> withdrawnInvoiceIds() {
        List<InvoiceId> billed = billedInvoiceIds();
        return invoiceIds.stream().filter(i -> !billed.contains(i)).toList();
    }

    /** The instant a claim's age counts from: its first submission, or its creation while never submitted. */
    public Instant ageFrom() {
        return submittedAt != null ? submittedAt : createdAt;
    }

    public boolean isOpen() {
        return status.isOpen();
    }
}
