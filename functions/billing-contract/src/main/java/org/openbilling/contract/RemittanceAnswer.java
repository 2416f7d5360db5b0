package org.openbilling.contract;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer of POST /remittances, summed over the file's 835s: the claims by outcome, the patient invoices made and
 * voided, the claim numbers that matched nothing, the claims that could not take the payer's verdict (posting the
 * file again tries exactly these again), and findings about a remittance as a whole. After a re-post the totals are
 * those of every post of the file together; {@code alreadyPosted} is true when this post posted nothing new.
 */
@Schema(name = "RemittancePosting")
public record RemittanceAnswer(int claimsPaid, int claimsPartiallyPaid, int claimsDenied, int claimsReversed,
                               List<String> invoicesCreated, List<String> unmatched, boolean alreadyPosted,
                               List<NotPosted> notPosted, List<VoidedInvoice> invoicesVoided,
                               List<Warning> warnings) {

    /**
     * A claim found in the practice that could not take the payer's verdict, with the rule it broke;
     * {@code position} is its CLP's place in its 835 (from 0).
     */
    @Schema(name = "NotPosted")
    public record NotPosted(String claimNumber, String rule, String message, Integer position) {
    }

    /** A patient invoice voided because the adjudication it billed was reversed; credit is what the patient had paid. */
    @Schema(name = "VoidedInvoice")
    public record VoidedInvoice(String invoiceId, String claimNumber,
                                @Schema(description = Amounts.MONEY, pattern = Amounts.MONEY_PATTERN, example = "30.00")
                                String credit) {
    }

    /** A finding about one 835 as a whole (e.g. a BPR total that is not the sum of its payments). */
    @Schema(name = "RemittanceWarning")
    public record Warning(String traceNumber, String rule, String message) {
    }
}
