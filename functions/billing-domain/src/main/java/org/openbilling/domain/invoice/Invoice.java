package org.openbilling.domain.invoice;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.openbilling.domain.common.ClaimId;
import org.openbilling.domain.common.EncounterId;
import org.openbilling.domain.common.InvoiceId;
import org.openbilling.domain.common.Money;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.common.RuleViolationException;
import org.openbilling.domain.encounter.Parties.Person;

/**
 * A bill to the patient: the patient's share of an adjudicated claim, or a self-pay encounter's full charge.
 * {@code balance}, {@code credit} and {@code status} are derived from what is due, paid and adjusted, never trusted
 * from outside. A VOID invoice owes nothing (balance 0); what the patient paid on it and was not carried to another
 * invoice is the patient's {@code credit}. Every change is a new value; the caller stores it under a version check.
 */
public record Invoice(InvoiceId id, PracticeId practiceId, String invoiceNumber, ClaimId claimId,
                      EncounterId encounterId, Person patient, InvoiceStatus status, LocalDate issuedOn,
                      LocalDate dueOn, Money amountDue, Money amountPaid, Money adjustmentsTotal, Money balance,
                      Money credit, List<InvoiceLine> lines, List<Payment> payments,
                      List<InvoiceAdjustment> adjustments, String voidReason, long version, Instant createdAt,
                      Instant updatedAt) {
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    public Invoice {
        lines = List.copyOf(lines);
        payments = List.copyOf(payments);
        adjustments = List.copyOf(adjustments);
        Money open = amountDue.minus(amountPaid).minus(adjustmentsTotal);
        if (status == InvoiceStatus.VOID) {
            // nothing is owed on a void invoice; money still on it belongs to the patient
            balance = Money.ZERO;
            credit = amountPaid;
        } else {
            balance = open;
            // only a credit carried in while the patient paid the same balance can take an invoice below zero
            credit = open.isNegative() ? open.negate() : Money.ZERO;
            status = balance.isZero() || balance.isNegative() ? InvoiceStatus.PAID
                    : amountPaid.isPositive() ? InvoiceStatus.PARTIALLY_PAID : InvoiceStatus.OPEN;
        }
    }

    /**
     * A new invoice for the sum of its lines, issued today and due after the practice's statement terms.
     * {@code claimId} is null for a self-pay encounter.
     */
    public static Invoice issue(InvoiceId id, PracticeId practice, ClaimId claimId, EncounterId encounterId,
                                Person patient, List<InvoiceLine> lines, LocalDate today, int statementDueDays,
                                Instant now) {
        Money due = lines.stream().map(InvoiceLine::amount).reduce(Money.ZERO, Money::plus);
        if (!due.isPositive()) {
            throw new RuleViolationException("invoice-nothing-due", "lines", "an invoice needs an amount due above zero");
        }
        return new Invoice(id, practice, newInvoiceNumber(), claimId, encounterId, patient, InvoiceStatus.OPEN, today,
                today.plusDays(statementDueDays), due, Money.ZERO, Money.ZERO, null, null, lines, List.of(), List.of(), null,
                0, now, now);
    }

    /** The invoice with a payment under a fresh id; more than the balance is refused (422 invoice-overpayment). */
    public Invoice pay(Money amount, PaymentMethod method, String reference, String actor, Instant now) {
        return pay(UUID.randomUUID().toString(), amount, method, reference, actor, now);
    }

    /** The invoice with a payment of a known id (see {@link #hasPayment}); more than the balance is refused. */
    public Invoice pay(String paymentId, Money amount, PaymentMethod method, String reference, String actor,
                       Instant now) {
        requireOutstanding();
        requirePositive(amount);
        if (amount.compareTo(balance) > 0) {
            throw new RuleViolationException("invoice-overpayment", "amount",
                    "the payment " + amount + " is more than the balance " + balance);
        }
        List<Payment> p = new ArrayList<>(payments);
        p.add(new Payment(paymentId, amount, method, reference, now, actor));
        return new Invoice(id, practiceId, invoiceNumber, claimId, encounterId, patient, status, issuedOn, dueOn,
                amountDue, amountPaid.plus(amount), adjustmentsTotal, null, null, lines, p, adjustments, voidReason, version,
                createdAt, now);
    }

    /** A write-off (at most the balance) or a payment reversal (at most what was paid). */
    public Invoice adjust(Money amount, AdjustmentKind kind, String reason, String actor, Instant now) {
        if (status == InvoiceStatus.VOID) {
            throw new RuleViolationException("invoice-void", "id", "the invoice is void");
        }
        if (kind == AdjustmentKind.CREDIT_CARRIED) {
            throw new IllegalArgumentException("a credit is carried with creditCarried, never as an adjustment");
        }
        requirePositive(amount);
        Money paid = amountPaid;
        Money adjusted = adjustmentsTotal;
        if (kind == AdjustmentKind.WRITE_OFF) {
            if (amount.compareTo(balance) > 0) {
                throw new RuleViolationException("invoice-write-off-exceeds-balance", "amount",
                        "a write-off of " + amount + " is more than the balance " + balance);
            }
            adjusted = adjusted.plus(amount);
        } else {
            if (amount.compareTo(amountPaid) > 0) {
                throw new RuleViolationException("invoice-reversal-exceeds-payments", "amount",
                        "a reversal of " + amount + " is more than the payments " + amountPaid);
            }
            paid = paid.minus(amount);
        }
        List<InvoiceAdjustment> a = new ArrayList<>(adjustments);
        a.add(new InvoiceAdjustment(amount, kind, reason, now, actor));
        return new Invoice(id, practiceId, invoiceNumber, claimId, encounterId, patient, status, issuedOn, dueOn,
                amountDue, paid, adjusted, null, null, lines, payments, a, voidReason, version, createdAt, now);
    }

    /** Voids an invoice that has no payments standing (reverse them first). */
    public Invoice voided(String reason, Instant now) {
        if (status == InvoiceStatus.VOID) {
            throw new RuleViolationException("invoice-void", "id", "the invoice is void already");
        }
        if (amountPaid.isPositive()) {
            throw new RuleViolationException("invoice-has-payments", "id",
                    "the invoice has payments of " + amountPaid + ": reverse them before voiding it");
        }
        return new Invoice(id, practiceId, invoiceNumber, claimId, encounterId, patient, InvoiceStatus.VOID, issuedOn,
                dueOn, amountDue, amountPaid, adjustmentsTotal, null, null, lines, payments, adjustments, reason, version,
                createdAt, now);
    }

    /**
     * The invoice withdrawn because the share it bills is no longer owed (the payer reversed the adjudication behind
     * it, or the claim was voided or replaced): VOID whatever was paid, the payments staying on it as the patient's
     * credit until they are carried to the invoice that bills the share now. Withdrawing a VOID invoice changes
     * nothing.
     */
    public Invoice withdrawn(String reason, Instant now) {
        if (status == InvoiceStatus.VOID) {
            return this;
        }
        String why = amountPaid.isPositive()
                ? reason + "; the patient's payments of " + amountPaid + " are kept as a credit" : reason;
        return new Invoice(id, practiceId, invoiceNumber, claimId, encounterId, patient, InvoiceStatus.VOID, issuedOn,
                dueOn, amountDue, amountPaid, adjustmentsTotal, null, null, lines, payments, adjustments, why, version,
                createdAt, now);
    }

    /**
     * The invoice withdrawn because a later payer was added after it was issued: the share it billed goes to that
     * payer first. VOID like {@link #withdrawn}, what the patient paid kept as the credit, with a dated
     * {@link AdjustmentKind#MOVED_TO_NEXT_PAYER} line for the share it no longer asks ({@code amountDue}). Idempotent:
     * a VOID invoice is returned unchanged.
     */
    public Invoice movedToNextPayer(String reason, String actor, Instant now) {
        if (status == InvoiceStatus.VOID) {
            return this;
        }
        Invoice v = withdrawn(reason, now);
        List<InvoiceAdjustment> a = new ArrayList<>(adjustments);
        a.add(new InvoiceAdjustment(amountDue, AdjustmentKind.MOVED_TO_NEXT_PAYER, reason, now, actor));
        return new Invoice(id, practiceId, invoiceNumber, claimId, encounterId, patient, v.status, issuedOn, dueOn,
                amountDue, amountPaid, adjustmentsTotal, null, null, lines, payments, a, v.voidReason, version,
                createdAt, now);
    }

    /**
     * A VOID invoice's credit, or part of it, carried to {@code to}: it leaves this invoice (an adjustment naming the
     * invoice it went to, so that a retry can find and finish the carry), and {@link #paidFromCredit} adds it there.
     */
    public Invoice creditCarried(Money amount, Invoice to, String actor, Instant now) {
        if (status != InvoiceStatus.VOID || amount.compareTo(credit) > 0 || !amount.isPositive()) {
            throw new IllegalArgumentException("only a void invoice's credit can be carried, up to the credit");
        }
        List<InvoiceAdjustment> a = new ArrayList<>(adjustments);
        a.add(new InvoiceAdjustment(amount, AdjustmentKind.CREDIT_CARRIED,
                "credit carried to invoice " + to.invoiceNumber(), now, actor, to.id()));
        return new Invoice(id, practiceId, invoiceNumber, claimId, encounterId, patient, status, issuedOn, dueOn,
                amountDue, amountPaid.minus(amount), adjustmentsTotal, null, null, lines, payments, a, voidReason,
                version, createdAt, now);
    }

    /** The carries out of this invoice, in order: the {@code n}-th is paid in as {@link #creditPaymentId}(n). */
    public List<InvoiceAdjustment> creditsCarried() {
        return adjustments.stream().filter(a -> a.kind() == AdjustmentKind.CREDIT_CARRIED).toList();
    }

    /** The id of the payment that the {@code n}-th carry out of invoice {@code from} became. */
    public static String creditPaymentId(InvoiceId from, int n) {
        return "credit-" + from.value() + "-" + n;
    }

    /**
     * The {@code n}-th credit carried out of {@code from} received as a payment (method CREDIT). It is taken whole,
     * even beyond the balance (then the invoice holds a credit of its own): the money already left {@code from}.
     * A payment with its id on the invoice already (a retry) is not taken again.
     */
    public Invoice paidFromCredit(Invoice from, int n, Money amount, String actor, Instant now) {
        String paymentId = creditPaymentId(from.id(), n);
        if (hasPayment(paymentId)) {
            return this;
        }
        if (status == InvoiceStatus.VOID) {
            throw new IllegalArgumentException("a credit is never carried to a void invoice");
        }
        List<Payment> p = new ArrayList<>(payments);
        p.add(new Payment(paymentId, amount, PaymentMethod.CREDIT, "credit from invoice " + from.invoiceNumber(), now,
                actor));
        return new Invoice(id, practiceId, invoiceNumber, claimId, encounterId, patient, status, issuedOn, dueOn,
                amountDue, amountPaid.plus(amount), adjustmentsTotal, null, null, lines, p, adjustments, voidReason,
                version, createdAt, now);
    }

    public Invoice withVersion(long newVersion) {
        return new Invoice(id, practiceId, invoiceNumber, claimId, encounterId, patient, status, issuedOn, dueOn,
                amountDue, amountPaid, adjustmentsTotal, null, null, lines, payments, adjustments, voidReason, newVersion,
                createdAt, updatedAt);
    }

    /** True when a payment with this id is on the invoice already (a retry of a payment that was taken). */
    public boolean hasPayment(String paymentId) {
        return payments.stream().anyMatch(p -> paymentId.equals(p.id()));
    }

    public boolean isOutstanding() {
        return status.isOutstanding();
    }

    private void requireOutstanding() {
        if (status == InvoiceStatus.VOID) {
            throw new RuleViolationException("invoice-void", "id", "the invoice is void");
        }
        if (status == InvoiceStatus.PAID) {
            throw new RuleViolationException("invoice-overpayment", "amount", "the invoice is paid in full");
        }
    }

    private static void requirePositive(Money amount) {
        if (amount == null || !amount.isPositive()) {
            throw new RuleViolationException("amount-not-positive", "amount", "the amount must be above zero");
        }
    }

    /** A fresh invoice number: "INV-" and ten characters from an alphabet without I and O. */
    public static String newInvoiceNumber() {
        char[] c = new char[10];
        for (int i = 0; i < c.length; i++) {
            c[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return "INV-" + new String(c);
    }
}
