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
 * {@code balance} and {@code status} are derived from what is due, paid and adjusted, never trusted from outside.
 * Every change is a new value; the caller stores it under a version check.
 */
public record Invoice(InvoiceId id, PracticeId practiceId, String invoiceNumber, ClaimId claimId,
                      EncounterId encounterId, Person patient, InvoiceStatus status, LocalDate issuedOn,
                      LocalDate dueOn, Money amountDue, Money amountPaid, Money adjustmentsTotal, Money balance,
                      List<InvoiceLine> lines, List<Payment> payments, List<InvoiceAdjustment> adjustments,
                      String voidReason, long version, Instant createdAt, Instant updatedAt) {
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    public Invoice {
        lines = List.copyOf(lines);
        payments = List.copyOf(payments);
        adjustments = List.copyOf(adjustments);
        balance = amountDue.minus(amountPaid).minus(adjustmentsTotal);
        if (status != InvoiceStatus.VOID) {
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
                today.plusDays(statementDueDays), due, Money.ZERO, Money.ZERO, null, lines, List.of(), List.of(), null,
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
                amountDue, amountPaid.plus(amount), adjustmentsTotal, null, lines, p, adjustments, voidReason, version,
                createdAt, now);
    }

    /** A write-off (at most the balance) or a payment reversal (at most what was paid). */
    public Invoice adjust(Money amount, AdjustmentKind kind, String reason, String actor, Instant now) {
        if (status == InvoiceStatus.VOID) {
            throw new RuleViolationException("invoice-void", "id", "the invoice is void");
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
                amountDue, paid, adjusted, null, lines, payments, a, voidReason, version, createdAt, now);
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
                dueOn, amountDue, amountPaid, adjustmentsTotal, null, lines, payments, adjustments, reason, version,
                createdAt, now);
    }

    public Invoice withVersion(long newVersion) {
        return new Invoice(id, practiceId, invoiceNumber, claimId, encounterId, patient, status, issuedOn, dueOn,
                amountDue, amountPaid, adjustmentsTotal, null, lines, payments, adjustments, voidReason, newVersion,
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
