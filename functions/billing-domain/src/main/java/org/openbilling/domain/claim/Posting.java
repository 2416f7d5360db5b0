package org.openbilling.domain.claim;

import java.util.List;
import java.util.Map;
import org.openbilling.domain.common.InvoiceId;
import org.openbilling.domain.common.Money;

/**
 * One remittance posting applied to a claim, kept on the claim so that the same posting is never applied twice
 * and a later reversal can back out exactly what it booked. {@code reversedBy} is the key of the posting that
 * backed this one out (a reversal, or a newer adjudication that superseded it); null while it stands.
 * {@code claimVersion} is the version the claim was stored at with this posting, so that its audit entry can be
 * written again, with the same key, by a retry.
 */
public record Posting(String key, ClaimStatus outcome, boolean reversal, Money paidAmount,
                      Money contractualAdjustment, Money patientResponsibility, List<Adjustment> adjustments,
                      Map<Integer, Money> linePaid, InvoiceId invoiceId, String reversedBy, long claimVersion) {
    public Posting {
        adjustments = adjustments == null ? List.of() : List.copyOf(adjustments);
        linePaid = linePaid == null ? Map.of() : Map.copyOf(linePaid);
    }

    /** A payment or denial that no later posting has backed out. */
    public boolean standing() {
        return !reversal && reversedBy == null;
    }

    Posting backedOutBy(String otherKey) {
        return new Posting(key, outcome, reversal, paidAmount, contractualAdjustment, patientResponsibility,
                adjustments, linePaid, invoiceId, otherKey, claimVersion);
    }
}
