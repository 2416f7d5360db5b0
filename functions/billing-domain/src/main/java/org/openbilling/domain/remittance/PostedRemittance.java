package org.openbilling.domain.remittance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.openbilling.domain.common.Money;
import org.openbilling.domain.common.PracticeId;

/**
 * The record that one 835 (payer + trace number) was posted completely: written only once every claim in it was
 * posted or refused, so that its presence means "done" and a retry without it finishes the job. It keeps the answer
 * of the posting and the provider-level adjustments (PLB), which belong to no claim. Its totals change only when a
 * later post of the same file posts claims it could not post before.
 */
public record PostedRemittance(PracticeId practiceId, String payerId, String traceNumber, String payerName,
                               Money paymentAmount, LocalDate paymentDate, int claimCount,
                               List<ProviderAdjustment> providerAdjustments, Totals totals, Instant postedAt,
                               String actor) {
    public PostedRemittance {
        providerAdjustments = List.copyOf(providerAdjustments);
    }

    /** The same remittance with other totals (after a re-post). */
    public PostedRemittance withTotals(Totals t) {
        return new PostedRemittance(practiceId, payerId, traceNumber, payerName, paymentAmount, paymentDate, claimCount,
                providerAdjustments, t, postedAt, actor);
    }

    /** A PLB adjustment: reason code, reference and amount (positive = the payer took money back, as in X12). */
    public record ProviderAdjustment(String providerId, LocalDate fiscalPeriodDate, String reasonCode,
                                     String description, String reference, Money amount) {
    }

    /**
     * What the posting did, as answered to the poster: the claims by outcome, the invoices made and voided, what
     * matched no claim, what could not be posted and why, and what is wrong with the remittance as a whole.
     */
    public record Totals(int claimsPaid, int claimsPartiallyPaid, int claimsDenied, int claimsReversed,
                         List<String> invoicesCreated, List<String> unmatched, List<NotPosted> notPosted,
                         List<VoidedInvoice> invoicesVoided, List<Warning> warnings) {
        public Totals {
            invoicesCreated = List.copyOf(invoicesCreated);
            unmatched = List.copyOf(unmatched);
            // records stored before these lists existed have none
            notPosted = notPosted == null ? List.of() : List.copyOf(notPosted);
            invoicesVoided = invoicesVoided == null ? List.of() : List.copyOf(invoicesVoided);
            warnings = warnings == null ? List.of() : List.copyOf(warnings);
        }
    }

    /**
     * A claim found in the practice that could not take the payer's verdict: it breaks a rule of adjudications (it
     * does not balance, a denial with a payment...) or the claim's status does not allow it. {@code position} is the
     * CLP's place in its 835 (from 0), by which a later post of the same file tries it again.
     */
    public record NotPosted(String claimNumber, String rule, String message, Integer position) {
        public NotPosted(String claimNumber, String rule, String message) {
            this(claimNumber, rule, message, null);
        }
    }

    /**
     * A patient invoice voided because the adjudication it billed was reversed or superseded; {@code credit} is what
     * the patient had paid on it, kept as the patient's credit and carried to the invoice that bills the share next.
     */
    public record VoidedInvoice(String invoiceId, String claimNumber, Money credit) {
    }

    /** A finding about the remittance as a whole (e.g. a BPR total that is not the sum of its payments). */
    public record Warning(String traceNumber, String rule, String message) {
    }
}
