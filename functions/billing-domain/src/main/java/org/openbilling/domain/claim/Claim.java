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
 * A claim to one payer for one encounter, in parts that change for different reasons: what was billed
 * ({@link BilledClaim}), what payers paid and the postings that booked it ({@link ClaimLedger}), where it stands and
 * its history ({@link ClaimLifecycle}), and its links to the payer's copy and to other claims ({@link ClaimLinks}).
 * The whole lives in one stored item and changes together under one version check. The readers below the parts
 * ({@code status()}, {@code paidAmount()}...) are shorthands for reading; changes go through the parts.
 */
public record Claim(ClaimId id, PracticeId practiceId, ClaimNumber claimNumber, EncounterId encounterId,
                    BilledClaim billed, ClaimLedger ledger, ClaimLifecycle lifecycle, ClaimLinks links, long version) {

    /** A new claim, READY, with its creation as the first history entry. */
    public static Claim ready(ClaimId id, PracticeId practice, ClaimNumber number, EncounterId encounterId,
                              BilledClaim billed, String actor, Instant now) {
        return new Claim(id, practice, number, encounterId, billed, ClaimLedger.EMPTY,
                ClaimLifecycle.created(actor, now), ClaimLinks.ORIGINAL, 0);
    }

    /** The claim after an allowed move, with the move in its history. */
    public Claim moveTo(ClaimStatus to, String actor, String reason, Instant now) {
        if (!ClaimTransitions.isAllowed(status(), to)) {
            throw new ClaimTransitionNotAllowedException(status(), to);
        }
        return moved(to, actor, reason, now);
    }

    /** The move itself; callers have checked it against the table (or the payer's reversal rule). */
    private Claim moved(ClaimStatus to, String actor, String reason, Instant now) {
        return withLifecycle(lifecycle.moved(to, actor, reason, now));
    }

    /**
     * The claim VOIDED. When the payer has it (it was sent and not rejected) and its claim control number is
     * known, it becomes a frequency-8 claim that the next submission sends; without the number the payer cannot
     * match a void, and the history says to cancel it with the payer directly.
     */
    public Claim voided(String actor, String reason, Instant now) {
        ClaimStatus status = status();
        boolean payerHasIt = submittedAt() != null && status != ClaimStatus.REJECTED && status != ClaimStatus.READY;
        if (payerHasIt && links.payerClaimControlNumber() == null) {
            return moveTo(ClaimStatus.VOIDED, actor, reason + " (the payer's claim control number is unknown: no"
                    + " frequency-8 void can be sent; cancel the claim with the payer directly)", now);
        }
        Claim moved = moveTo(ClaimStatus.VOIDED, actor, reason, now);
        return payerHasIt
                ? moved.withLinks(moved.links.withFrequency(ClaimFrequency.VOID).withVoidPending(true))
                : moved;
    }

    /** The claim with one more history entry that does not change its status (a note: "999 accepted"). */
    public Claim noted(String actor, String reason, Instant now) {
        return withLifecycle(lifecycle.noted(actor, reason, now));
    }

    public Claim withVersion(long newVersion) {
        return new Claim(id, practiceId, claimNumber, encounterId, billed, ledger, lifecycle, links, newVersion);
    }

    public Claim withBilled(BilledClaim b) {
        return new Claim(id, practiceId, claimNumber, encounterId, b, ledger, lifecycle, links, version);
    }

    public Claim withLedger(ClaimLedger l) {
        return new Claim(id, practiceId, claimNumber, encounterId, billed, l, lifecycle, links, version);
    }

    public Claim withLifecycle(ClaimLifecycle l) {
        return new Claim(id, practiceId, claimNumber, encounterId, billed, ledger, l, links, version);
    }

    public Claim withLinks(ClaimLinks l) {
        return new Claim(id, practiceId, claimNumber, encounterId, billed, ledger, lifecycle, l, version);
    }

    public ClaimStatus status() {
        return lifecycle.status();
    }

    public List<HistoryEntry> history() {
        return lifecycle.history();
    }

    public Instant createdAt() {
        return lifecycle.createdAt();
    }

    public Instant updatedAt() {
        return lifecycle.updatedAt();
    }

    public Instant submittedAt() {
        return lifecycle.submittedAt();
    }

    public String submissionId() {
        return lifecycle.submissionId();
    }

    public Payer payer() {
        return billed.payer();
    }

    /** The patient, held once: in the billed visit's details. */
    public Person patient() {
        return billed.patient();
    }

    public EncounterDetails details() {
        return billed.details();
    }

    public LocalDate serviceDate() {
        return billed.serviceDate();
    }

    public List<String> diagnoses() {
        return billed.diagnoses();
    }

    public List<ClaimLine> lines() {
        return billed.lines();
    }

    public Money totalCharge() {
        return billed.totalCharge();
    }

    public List<Warning> warnings() {
        return billed.warnings();
    }

    public Money paidAmount() {
        return ledger.paidAmount();
    }

    public Money contractualAdjustment() {
        return ledger.contractualAdjustment();
    }

    public Money patientResponsibility() {
        return ledger.patientResponsibility();
    }

    /**
     * Derived, never stored or trusted from outside: what is still expected from this claim's own payer. A claim to a
     * later payer that has no adjudication standing expects at most what the payer before it left the patient.
     */
    public Money insuranceBalance() {
        if (links.chain().lastPrior() != null && postings().stream().noneMatch(Posting::standing)
                && !status().isFinal()) {
            return links.chain().leftByPriors(billed.totalCharge());
        }
        return ledger.balanceOf(billed.totalCharge());
    }

    /** The claim's place among the payers of the visit, the claims before and after it, and what the earlier payers decided. */
    public ClaimChain chain() {
        return links.chain();
    }

    /** The place of this claim's payer in the visit's chain of coverages. */
    public org.openbilling.domain.encounter.CoveragePosition payerSequence() {
        return links.chain().position();
    }

    /** True when the visit has a coverage after this claim's payer: its patient share goes to that payer, not the patient. */
    public boolean hasNextPayer() {
        return details().coverages().size() > payerSequence().ordinal() + 1;
    }

    /** The adjudication that stands on the claim (not reversed or superseded), if any. */
    public java.util.Optional<Posting> standingPosting() {
        return postings().stream().filter(Posting::standing).reduce((a, b) -> b);
    }

    public List<Adjustment> adjustments() {
        return ledger.adjustments();
    }

    public List<Remark> remarks() {
        return ledger.remarks();
    }

    public List<InvoiceId> invoiceIds() {
        return ledger.invoiceIds();
    }

    public List<Posting> postings() {
        return ledger.postings();
    }

    public ClaimFrequency frequency() {
        return links.frequency();
    }

    public PayerClaimControlNumber payerClaimControlNumber() {
        return links.payerClaimControlNumber();
    }

    public ClaimId originalClaimId() {
        return links.originalClaimId();
    }

    public ClaimId replacedByClaimId() {
        return links.replacedByClaimId();
    }

    public boolean voidPending() {
        return links.voidPending();
    }

    /** True when the remittance posting with this key was applied to the claim already. */
    public boolean hasPosting(String key) {
        return ledger.posting(key).isPresent();
    }

    /** The posting with this key, if it was applied. */
    public java.util.Optional<Posting> posting(String key) {
        return ledger.posting(key);
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
        ClaimStatus status = status();
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

        Money paid = c.paidAmount();
        Money contractual = c.contractualAdjustment();
        Money patient = c.patientResponsibility();
        List<Adjustment> adj = new ArrayList<>(c.adjustments());
        java.util.Map<Integer, Money> lineDelta = new java.util.HashMap<>();
        List<Posting> booked = new ArrayList<>(c.postings());
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

        List<ClaimLine> newLines = new ArrayList<>(c.lines().size());
        for (ClaimLine l : c.lines()) {
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
        List<Remark> rem = new ArrayList<>(c.remarks());
        for (Remark r : a.remarks()) {
            if (rem.stream().noneMatch(x -> x.code().equals(r.code())
                    && java.util.Objects.equals(x.lineNumber(), r.lineNumber()))) {
                rem.add(r);
            }
        }
        List<InvoiceId> invoices = new ArrayList<>(c.invoiceIds());
        if (a.invoiceId() != null && !invoices.contains(a.invoiceId())) {
            invoices.add(a.invoiceId());
        }
        PayerClaimControlNumber sent = PayerClaimControlNumber.ofNullable(a.payerClaimControlNumber());
        PayerClaimControlNumber control = sent == null ? c.payerClaimControlNumber() : sent;
        Claim changed = c.withBilled(c.billed.withPaidLines(newLines))
                .withLedger(new ClaimLedger(paid, contractual, patient, adj, rem, invoices, booked))
                .withLinks(c.links.withPayerClaimControlNumber(control));
        return changed.status() == target ? changed.noted(actor, a.reason(), now) : changed.moved(target, actor, a.reason(), now);
    }

    /**
     * The patient invoices of the adjudications that stand, while the claim bills them: it is not voided or replaced,
     * and no payer follows its payer (the patient is invoiced after the last payer; an invoice made before a later
     * coverage was added is no longer billed by this claim).
     */
    public List<InvoiceId> billedInvoiceIds() {
        if (status() == ClaimStatus.VOIDED || status() == ClaimStatus.REPLACED || hasNextPayer()) {
            return List.of();
        }
        return postings().stream().filter(Posting::standing).map(Posting::invoiceId)
                .filter(java.util.Objects::nonNull).toList();
    }

    /**
     * The patient invoices the claim no longer bills: those of adjudications backed out (reversed or superseded),
     * every one once the claim is VOIDED or REPLACED (the service is billed anew, or not at all), and every one once a
     * later payer follows (the share moved to that payer).
     */
    public List<InvoiceId> withdrawnInvoiceIds() {
        List<InvoiceId> billed = billedInvoiceIds();
        return invoiceIds().stream().filter(i -> !billed.contains(i)).toList();
    }

    /** The instant a claim's age counts from: its first submission, or its creation while never submitted. */
    public Instant ageFrom() {
        return submittedAt() != null ? submittedAt() : createdAt();
    }

    public boolean isOpen() {
        return status().isOpen();
    }
}
