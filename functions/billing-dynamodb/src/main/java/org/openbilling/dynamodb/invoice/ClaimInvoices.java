package org.openbilling.dynamodb.invoice;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jboss.logging.Logger;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimStatus;
import org.openbilling.domain.claim.Posting;
import org.openbilling.domain.common.ClaimId;
import org.openbilling.domain.common.InvoiceId;
import org.openbilling.domain.common.Money;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.common.StaleVersionException;
import org.openbilling.domain.invoice.AdjustmentKind;
import org.openbilling.domain.invoice.Invoice;
import org.openbilling.domain.invoice.InvoiceAdjustment;
import org.openbilling.domain.invoice.InvoiceLine;
import org.openbilling.domain.invoice.InvoiceStatus;
import org.openbilling.domain.invoice.PaymentMethod;
import org.openbilling.dynamodb.audit.AuditLog;
import org.openbilling.dynamodb.claim.ClaimRepository;

/**
 * The patient invoices that follow a claim, in one place for every path that changes what a claim bills: an 835's
 * payment or reversal, an adjudication or a reversal entered by hand, a void, a replacement. After the claim is
 * stored, {@link #settle}:
 * <ol>
 * <li>issues the posting's invoice for the patient's share (a conditional create under the posting's own id);</li>
 * <li>withdraws every invoice the claim no longer bills ({@link Claim#withdrawnInvoiceIds}): VOID, with what the
 *     patient paid on it kept as the patient's credit;</li>
 * <li>carries that credit, and the credit of the claims this one follows ({@code originalClaimId}: the replaced or
 *     voided claim billed anew; {@code previousClaimId}: the earlier payer's claim in the chain), to the invoice that
 *     bills the share now, as a CREDIT payment: the patient never
 *     owes twice for one service and never loses a payment;</li>
 * <li>notes on the claim what happened to the patient's money, and closes the claim when its share is settled.</li>
 * </ol>
 * Every step is idempotent with deterministic keys (a carry is written on the invoice it leaves first, naming where
 * it goes, and its payment's id derives from that), so running it again after a crash, as every caller's retry does,
 * finishes the job and never doubles it. Safe on worker threads: no request-scoped bean.
 */
@ApplicationScoped
public class ClaimInvoices {
    static final String PATIENT_SHARE_PAID = "patient share paid";
    private static final Logger LOG = Logger.getLogger(ClaimInvoices.class);
    private static final int ATTEMPTS = 50;
    /** Claims followed back through originalClaimId: far more corrections of one service than any practice makes. */
    private static final int MAX_PREDECESSORS = 10;

    private final InvoiceRepository invoices;
    private final ClaimRepository claims;

    public ClaimInvoices(InvoiceRepository invoices, ClaimRepository claims) {
        this.invoices = invoices;
        this.claims = claims;
    }

    /** What settling did: the claim as it stands, the audit entries of every write, the invoices withdrawn. */
    public record Settled(Claim claim, List<AuditLog.Change> audit, List<Withdrawn> withdrawn) {
    }

    /** An invoice voided because its share is no longer billed, with what the patient had paid on it (the credit). */
    public record Withdrawn(InvoiceId invoiceId, String claimNumber, Money credit) {
    }

    /**
     * Settles the invoices of {@code claim} as stored. {@code posting} is the posting just applied (null for a void or
     * a replacement); its invoice, if it still stands, is issued with {@code shareLines}. The answer lists the
     * invoices {@code posting} backed out (or, with no posting, every invoice withdrawn), whether this run or an
     * earlier one voided them, so that a retry answers like the first run.
     */
    public Settled settle(PracticeId practice, Claim claim, Posting posting, List<InvoiceLine> shareLines, String why,
                          LocalDate today, int statementDueDays, String actor, Instant now) {
        List<AuditLog.Change> audit = new ArrayList<>();
        if (posting != null && posting.invoiceId() != null && claim.billedInvoiceIds().contains(posting.invoiceId())) {
            Invoice invoice = Invoice.issue(posting.invoiceId(), practice, claim.id(), claim.encounterId(),
                    claim.patient(), shareLines, today, statementDueDays, now);
            invoices.create(invoice);
            // created now or by the run that crashed: either way version 1, the same audit key
            audit.add(new AuditLog.Change("invoice", invoice.id().value(), 1, "INVOICE_CREATED"));
        }
        Map<InvoiceId, Invoice> withdrawn = withdraw(practice, claim, why, actor, now, audit);
        List<Withdrawn> answer = new ArrayList<>();
        for (Invoice v : withdrawn.values()) {
            boolean mine = posting == null || claim.postings().stream()
                    .anyMatch(p -> posting.key().equals(p.reversedBy()) && v.id().equals(p.invoiceId()));
            if (mine) {
                answer.add(new Withdrawn(v.id(), claim.claimNumber().value(), paidBeforeVoid(v)));
            }
        }
        List<String> notes = new ArrayList<>();
        withdrawn.values().stream().filter(v -> paidBeforeVoid(v).isPositive()).forEach(v -> notes.add("invoice "
                + v.invoiceNumber() + " voided: the patient's payments of " + paidBeforeVoid(v)
                + " are kept as a credit for the invoice that bills this service next"));
        List<Invoice> paidByCredit = carryCredit(practice, claim, actor, now, audit, notes);
        Claim current = note(claim, notes, actor, now, audit);
        for (Invoice v : paidByCredit) {
            current = closeIfSettled(v, actor, now).map(c -> {
                audit.add(new AuditLog.Change("claim", c.id().value(), c.version(), "CLAIM_STATUS_CLOSED"));
                return c;
            }).orElse(current);
        }
        return new Settled(current, audit, answer);
    }

    /** Settles the invoices of a claim that was voided or replaced: nothing is issued, everything withdrawn. */
    public Settled settle(PracticeId practice, Claim claim, String actor, Instant now) {
        return settle(practice, claim, null, List.of(), null, null, 0, actor, now);
    }

    /**
     * Once the patient's share is settled (the invoice PAID, every other invoice of the claim settled too) and the
     * payer owes nothing more (insurance balance zero, claim PAID or PARTIALLY_PAID), the claim is CLOSED, its history
     * saying how the share was settled. A lost race with another write of the claim is retried on a fresh read; the
     * answer is the closed claim, or empty when it does not close.
     */
    public Optional<Claim> closeIfSettled(Invoice invoice, String actor, Instant now) {
        if (invoice.status() != InvoiceStatus.PAID || invoice.claimId() == null) {
            return Optional.empty();
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Claim> found = claims.find(invoice.practiceId(), invoice.claimId());
            if (found.isEmpty() || !isSettled(found.get(), invoice)) {
                return Optional.empty();
            }
            try {
                return Optional.of(claims.update(found.get().moveTo(ClaimStatus.CLOSED, actor, howSettled(invoice), now)));
            } catch (StaleVersionException raced) {
                backOff(attempt);
            }
        }
        LOG.warnf("claim %s was not closed after %d attempts; a later change of its invoices closes it",
                invoice.claimId().value(), ATTEMPTS);
        return Optional.empty();
    }

    /** "patient share paid", or what else settled it (a write-off, a credit carried), so the history tells the truth. */
    static String howSettled(Invoice v) {
        Money writtenOff = v.adjustments().stream().filter(a -> a.kind() == AdjustmentKind.WRITE_OFF)
                .map(InvoiceAdjustment::amount).reduce(Money.ZERO, Money::plus);
        Money credit = v.payments().stream().filter(p -> p.method() == PaymentMethod.CREDIT)
                .map(p -> p.amount()).reduce(Money.ZERO, Money::plus);
        if (!writtenOff.isPositive() && !credit.isPositive()) {
            return PATIENT_SHARE_PAID;
        }
        List<String> parts = new ArrayList<>();
        Money paid = v.amountPaid().minus(credit);
        if (paid.isPositive()) {
            parts.add("paid " + paid);
        }
        if (credit.isPositive()) {
            parts.add("paid " + credit + " from the patient's credit");
        }
        if (writtenOff.isPositive()) {
            parts.add("written off " + writtenOff);
        }
        return "patient share settled: " + String.join(", ", parts);
    }

    private boolean isSettled(Claim claim, Invoice paid) {
        if ((claim.status() != ClaimStatus.PAID && claim.status() != ClaimStatus.PARTIALLY_PAID)
                || !claim.insuranceBalance().isZero()) {
            return false;
        }
        for (InvoiceId other : claim.invoiceIds()) {
            if (!other.equals(paid.id())) {
                Optional<Invoice> v = invoices.find(paid.practiceId(), other);
                if (v.isEmpty() || v.get().isOutstanding()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Voids the invoices the claim no longer bills; answers them all, voided now or before. */
    private Map<InvoiceId, Invoice> withdraw(PracticeId practice, Claim claim, String why, String actor, Instant now,
                                             List<AuditLog.Change> audit) {
        Map<InvoiceId, Invoice> out = new LinkedHashMap<>();
        String reason = withdrawalReason(claim) + (why == null || why.isBlank() ? "" : " (" + why + ")");
        boolean moved = movedToNextPayer(claim);
        for (InvoiceId id : claim.withdrawnInvoiceIds()) {
            Changed c = change(practice, id, v -> moved && v.claimId() != null && !isBackedOut(claim, id)
                    ? v.movedToNextPayer(reason, actor, now) : v.withdrawn(reason, now));
            if (c == null) {
                continue; // its creation never happened (the posting was backed out before its invoice was made)
            }
            out.put(id, c.invoice());
            if (c.written()) {
                audit.add(new AuditLog.Change("invoice", id.value(), c.invoice().version(), "INVOICE_VOIDED"));
            }
        }
        return out;
    }

    private static String withdrawalReason(Claim c) {
        return switch (c.status()) {
            case VOIDED -> "claim " + c.claimNumber().value() + " was voided";
            case REPLACED -> "claim " + c.claimNumber().value() + " was replaced";
            default -> movedToNextPayer(c) ? "the patient's share of claim " + c.claimNumber().value()
                    + " moved to the " + c.details().coverages().get(c.payerSequence().ordinal() + 1).payerName()
                    + " coverage added after it was invoiced: the next payer is billed first"
                    : "the payer's adjudication of claim " + c.claimNumber().value() + " that it billed was reversed";
        };
    }

    /** True when the claim bills on, but a payer after its own now gets the patient's share first. */
    private static boolean movedToNextPayer(Claim c) {
        return c.status() != ClaimStatus.VOIDED && c.status() != ClaimStatus.REPLACED && c.hasNextPayer();
    }

    /** True when the posting that made invoice {@code id} was backed out (reversed or superseded). */
    private static boolean isBackedOut(Claim c, InvoiceId id) {
        return c.postings().stream().noneMatch(p -> p.standing() && id.equals(p.invoiceId()));
    }

    /** What the patient had paid on a void invoice: its credit plus what was carried from it since. */
    private static Money paidBeforeVoid(Invoice v) {
        return v.creditsCarried().stream().map(InvoiceAdjustment::amount).reduce(v.credit(), Money::plus);
    }

    /**
     * Carries the credit of the withdrawn invoices of this claim and of the claims it follows to this claim's
     * outstanding invoices, after finishing any carry a crash left half-done. Answers the invoices it paid in full.
     */
    private List<Invoice> carryCredit(PracticeId practice, Claim claim, String actor, Instant now,
                                      List<AuditLog.Change> audit, List<String> notes) {
        List<InvoiceId> sourceIds = new ArrayList<>(claim.withdrawnInvoiceIds());
        // the claims this one follows: the one it replaces or bills anew, and the earlier payer's in the chain (an
        // invoice made before a later coverage was added waits there with the patient's payments)
        java.util.ArrayDeque<ClaimId> before = new java.util.ArrayDeque<>();
        java.util.Set<ClaimId> seen = new java.util.HashSet<>();
        addPredecessors(claim, before);
        for (int i = 0; !before.isEmpty() && i < MAX_PREDECESSORS; i++) {
            ClaimId previous = before.poll();
            if (!seen.add(previous)) {
                continue;
            }
            Optional<Claim> p = claims.find(practice, previous);
            if (p.isEmpty()) {
                continue;
            }
            sourceIds.addAll(p.get().withdrawnInvoiceIds());
            addPredecessors(p.get(), before);
        }
        List<Invoice> sources = new ArrayList<>();
        for (InvoiceId id : sourceIds) {
            invoices.find(practice, id).filter(v -> v.status() == InvoiceStatus.VOID).ifPresent(sources::add);
        }
        List<Invoice> paidInFull = new ArrayList<>();
        for (Invoice s : sources) {
            List<InvoiceAdjustment> carried = s.creditsCarried();
            for (int n = 0; n < carried.size(); n++) {
                payIn(practice, s, n, carried.get(n), actor, now, audit, notes, claim, paidInFull);
            }
        }
        for (InvoiceId targetId : claim.billedInvoiceIds()) {
            for (Invoice s : sources) {
                Optional<Invoice> target = invoices.find(practice, targetId).filter(Invoice::isOutstanding);
                if (target.isEmpty()) {
                    break;
                }
                Changed out = change(practice, s.id(), v -> {
                    Money amount = v.credit().compareTo(target.get().balance()) < 0 ? v.credit() : target.get().balance();
                    return amount.isPositive() ? v.creditCarried(amount, target.get(), actor, now) : v;
                });
                if (out == null || !out.written()) {
                    continue;
                }
                Invoice moved = out.invoice();
                audit.add(new AuditLog.Change("invoice", moved.id().value(), moved.version(), "INVOICE_CREDIT_CARRIED"));
                int n = moved.creditsCarried().size() - 1;
                payIn(practice, moved, n, moved.creditsCarried().get(n), actor, now, audit, notes, claim, paidInFull);
            }
        }
        return paidInFull;
    }

    private static void addPredecessors(Claim c, java.util.Deque<ClaimId> to) {
        if (c.originalClaimId() != null) {
            to.add(c.originalClaimId());
        }
        if (c.chain().previousClaimId() != null) {
            to.add(c.chain().previousClaimId());
        }
    }

    /** The {@code n}-th carry out of {@code source} paid in where it names, if it is not there yet. */
    private void payIn(PracticeId practice, Invoice source, int n, InvoiceAdjustment carry, String actor, Instant now,
                       List<AuditLog.Change> audit, List<String> notes, Claim claim, List<Invoice> paidInFull) {
        if (carry.carriedTo() == null) {
            return;
        }
        Changed in = change(practice, carry.carriedTo(),
                v -> v.status() == InvoiceStatus.VOID ? v : v.paidFromCredit(source, n, carry.amount(), actor, now));
        if (in == null) {
            return;
        }
        if (in.written()) {
            audit.add(new AuditLog.Change("invoice", in.invoice().id().value(), in.invoice().version(), "INVOICE_PAYMENT"));
            if (in.invoice().status() == InvoiceStatus.PAID) {
                paidInFull.add(in.invoice());
            }
        }
        if (claim.billedInvoiceIds().contains(in.invoice().id())) {
            notes.add("the patient's credit of " + carry.amount() + " from invoice " + source.invoiceNumber()
                    + " paid in on invoice " + in.invoice().invoiceNumber());
        }
    }

    /** Adds each note the claim's history lacks (a retry finds them there), in one versioned write. */
    private Claim note(Claim claim, List<String> notes, String actor, Instant now, List<AuditLog.Change> audit) {
        Claim current = claim;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Claim c = current;
            List<String> missing = notes.stream().distinct()
                    .filter(n -> c.history().stream().noneMatch(h -> n.equals(h.reason()))).toList();
            if (missing.isEmpty()) {
                return current;
            }
            Claim noted = current;
            for (String n : missing) {
                noted = noted.noted(actor, n, now);
            }
            try {
                Claim stored = claims.update(noted);
                audit.add(new AuditLog.Change("claim", stored.id().value(), stored.version(), "CLAIM_INVOICES_SETTLED"));
                return stored;
            } catch (StaleVersionException raced) {
                current = claims.find(claim.practiceId(), claim.id()).orElseThrow(() -> raced);
                backOff(attempt);
            }
        }
        throw new StaleVersionException("claim " + claim.id().value() + " is changing too often right now; retry");
    }

    /** An invoice after a change, and whether this call wrote it. */
    private record Changed(Invoice invoice, boolean written) {
    }

    /**
     * One invoice changed on a fresh read under its version, retried when a payment came first; a change that returns
     * its argument writes nothing. Null when there is no such invoice.
     */
    private Changed change(PracticeId practice, InvoiceId id, UnaryOperator<Invoice> change) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Invoice> found = invoices.find(practice, id);
            if (found.isEmpty()) {
                return null;
            }
            Invoice changed = change.apply(found.get());
            if (changed == found.get()) {
                return new Changed(changed, false);
            }
            try {
                return new Changed(invoices.update(changed), true);
            } catch (StaleVersionException raced) {
                backOff(attempt);
            }
        }
        throw new StaleVersionException("invoice " + id.value() + " is changing too often right now; retry");
    }

    private static void backOff(int attempt) {
        if (attempt == 0) {
            return;
        }
        try {
            Thread.sleep(Math.min(50, 1 + (long) (Math.random() * attempt * 4)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
