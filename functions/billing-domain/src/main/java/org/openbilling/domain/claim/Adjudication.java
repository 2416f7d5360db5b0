package org.openbilling.domain.claim;

import java.util.List;
import java.util.Map;
import org.openbilling.domain.common.InvoiceId;
import org.openbilling.domain.common.Money;

/**
 * A payer's verdict on one claim as one remittance reports it, ready to post. {@code key} identifies the posting
 * (payer, trace and position in the file) so that posting it twice changes nothing. {@code outcome} is PAID,
 * PARTIALLY_PAID or DENIED; for a reversal it is ignored (the claim goes back to ACCEPTED).
 */
public record Adjudication(String key, boolean reversal, ClaimStatus outcome, Money paidAmount,
                           List<Adjustment> adjustments, Map<Integer, Money> linePaid, List<Remark> remarks,
                           String payerClaimControlNumber, InvoiceId invoiceId, String reason) {
    public Adjudication {
        adjustments = List.copyOf(adjustments);
        linePaid = Map.copyOf(linePaid);
        remarks = List.copyOf(remarks);
    }

    /** The same verdict leaving no invoice: the patient's share goes to the next payer first. */
    public Adjudication withoutInvoice() {
        return invoiceId == null ? this : new Adjudication(key, reversal, outcome, paidAmount, adjustments, linePaid,
                remarks, payerClaimControlNumber, null, reason);
    }

    /** Adjustments not owed by the patient (CO, and OA/PI/CR): what neither the payer nor the patient pays. */
    public Money contractualAdjustment() {
        return adjustments.stream().filter(a -> !a.isPatientShare()).map(Adjustment::amount).reduce(Money.ZERO, Money::plus);
    }

    /** The patient's share (group PR). */
    public Money patientResponsibility() {
        return adjustments.stream().filter(Adjustment::isPatientShare).map(Adjustment::amount).reduce(Money.ZERO, Money::plus);
    }
}
