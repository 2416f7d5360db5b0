package org.openbilling.domain.remittance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.openbilling.domain.common.Money;
import org.openbilling.domain.common.PracticeId;

/**
 * The record that one 835 (payer + trace number) was posted completely: written only once every claim in it was
 * posted, so that its presence means "done" and a retry without it finishes the job. It keeps the answer of the
 * posting and the provider-level adjustments (PLB), which belong to no claim.
 */
public record PostedRemittance(PracticeId practiceId, String payerId, String traceNumber, String payerName,
                               Money paymentAmount, LocalDate paymentDate, int claimCount,
                               List<ProviderAdjustment> providerAdjustments, Totals totals, Instant postedAt,
                               String actor) {
    public PostedRemittance {
        providerAdjustments = List.copyOf(providerAdjustments);
    }

    /** A PLB adjustment: reason code, reference and amount (positive = the payer took money back, as in X12). */
    public record ProviderAdjustment(String providerId, LocalDate fiscalPeriodDate, String reasonCode,
                                     String description, String reference, Money amount) {
    }

    /** What the posting did, as answered to the poster. */
    public record Totals(int claimsPaid, int claimsPartiallyPaid, int claimsDenied, int claimsReversed,
                         List<String> invoicesCreated, List<String> unmatched, List<NotPosted> notPosted) {
        public Totals {
            invoicesCreated = List.copyOf(invoicesCreated);
            unmatched = List.copyOf(unmatched);
            notPosted = notPosted == null ? List.of() : List.copyOf(notPosted);
        }
    }

    /** A claim found in the practice that could not take the payer's verdict (e.g. it was voided meanwhile). */
    public record NotPosted(String claimNumber, String rule, String message) {
    }
}
