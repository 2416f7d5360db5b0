package org.openbilling.domain.claim;

import java.util.List;
import java.util.Optional;
import org.openbilling.domain.common.InvoiceId;
import org.openbilling.domain.common.Money;

/**
 * What payers paid and adjusted on a claim, and the ledger of postings that booked it: changes when an adjudication
 * is posted or reversed, and only then. The patient's invoices follow the postings.
 */
public record ClaimLedger(Money paidAmount, Money contractualAdjustment, Money patientResponsibility,
                          List<Adjustment> adjustments, List<Remark> remarks, List<InvoiceId> invoiceIds,
                          List<Posting> postings) {
    /** Nothing paid, adjusted or posted: a claim not yet adjudicated. */
    public static final ClaimLedger EMPTY = new ClaimLedger(Money.ZERO, Money.ZERO, Money.ZERO, List.of(), List.of(),
            List.of(), List.of());

    public ClaimLedger {
        adjustments = List.copyOf(adjustments);
        remarks = List.copyOf(remarks);
        invoiceIds = List.copyOf(invoiceIds);
        postings = postings == null ? List.of() : List.copyOf(postings);
    }

    /** What is still expected from the payer on a claim of this total. */
    public Money balanceOf(Money totalCharge) {
        return totalCharge.minus(paidAmount).minus(contractualAdjustment).minus(patientResponsibility);
    }

    public Optional<Posting> posting(String key) {
        return postings.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    public ClaimLedger withInvoiceIds(List<InvoiceId> ids) {
        return new ClaimLedger(paidAmount, contractualAdjustment, patientResponsibility, adjustments, remarks, ids,
                postings);
    }

    /** Amounts booked without a posting (fixtures of adjudicated claims, hand-entered history). */
    public ClaimLedger withAmounts(Money paid, Money contractual, Money patient) {
        return new ClaimLedger(paid, contractual, patient, adjustments, remarks, invoiceIds, postings);
    }
}
