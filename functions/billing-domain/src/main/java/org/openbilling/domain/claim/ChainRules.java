package org.openbilling.domain.claim;

import org.openbilling.domain.common.Money;
import org.openbilling.domain.common.Violations;

/**
 * The rules of a chain of payers, beside {@link AdjudicationRules}: a later payer's adjudication is posted only once
 * the payer before it has one standing, and pays at most what that payer left the patient; a claim whose next claim
 * went out is corrected from the end of the chain.
 */
public final class ChainRules {
    public static final String PRIOR_NOT_ADJUDICATED = "chain-prior-not-adjudicated";
    public static final String PAID_MORE_THAN_LEFT = "chain-paid-more-than-left";
    public static final String CORRECT_NEXT_FIRST = "chain-correct-next-claim-first";
    public static final String CLAIM_NOT_BILLING = "chain-claim-not-billing";
    public static final String NEXT_COVERAGE_EXISTS = "chain-next-coverage-exists";
    public static final String TOO_MANY_COVERAGES = "too-many-coverages";
    public static final String PRIOR_REASON_MISSING = "chain-prior-reason-missing";

    private ChainRules() {
    }

    /**
     * For a verdict about to be posted on {@code claim}: when it is a later payer's claim, {@code previous} (the claim
     * before it, null when not found) must have an adjudication standing, and the payment must not exceed what the
     * payer before left the patient. Reversals back out and are not checked.
     */
    public static void checkAdjudication(Claim claim, Claim previous, boolean reversal, Money paid, String prefix,
                                         Violations v) {
        PriorAdjudication prior = claim.chain().lastPrior();
        if (prior == null || reversal) {
            return;
        }
        if (previous == null || previous.standingPosting().isEmpty()) {
            v.add(PRIOR_NOT_ADJUDICATED, prefix + "previousClaimId", "claim " + claim.claimNumber().value()
                    + " goes to the " + claim.payerSequence() + " payer, but the claim before it"
                    + (previous == null ? "" : " (" + previous.claimNumber().value() + ")")
                    + " has no adjudication standing: post the earlier payer's adjudication first");
        }
        Money left = claim.chain().leftByPriors(claim.totalCharge());
        if (paid != null && paid.compareTo(left) > 0) {
            v.add(PAID_MORE_THAN_LEFT, prefix + "paidAmount", "the " + claim.payerSequence() + " payer pays " + paid
                    + ", more than the payers before it left (" + left + ")");
        }
    }

    /**
     * Voiding or replacing {@code claim} while {@code next} (the claim to the next payer) stands: refused, since
     * the next payer was billed from this claim's adjudication. {@code next} null or voided: nothing to say.
     */
    public static void checkCorrection(Claim claim, Claim next, String field, Violations v) {
        if (next == null || next.status() == ClaimStatus.VOIDED) {
            return;
        }
        v.add(CORRECT_NEXT_FIRST, field, "claim " + claim.claimNumber().value() + " was followed by claim "
                + next.claimNumber().value() + " to the " + next.payerSequence() + " payer (" + next.status()
                + "): void or correct that claim first, then this one");
    }

    /**
     * A reversal of {@code claim}'s adjudication (an 835's CLP02 22, or PAID/PARTIALLY_PAID/DENIED back to ACCEPTED by
     * hand) while {@code next}, the claim the next payer was billed with from that adjudication, stands: refused like
     * a void or a replacement ({@link #CORRECT_NEXT_FIRST}), since the next payer would keep a claim built on an
     * adjudication that no longer exists. Once {@code next} is voided, the reversal posts (an 835 posted again tries it
     * again). {@code next} null or voided: nothing to say.
     */
    public static void checkReversal(Claim claim, Claim next, String field, Violations v) {
        if (next == null || next.status() == ClaimStatus.VOIDED) {
            return;
        }
        v.add(CORRECT_NEXT_FIRST, field, "the adjudication of claim " + claim.claimNumber().value()
                + " billed claim " + next.claimNumber().value() + " to the " + next.payerSequence() + " payer ("
                + next.status() + "): void that claim first, then reverse this one");
    }

    /**
     * A coverage added after {@code claim}'s payer (a later coverage the patient reported after the claim went out):
     * the claim must still bill the visit (not VOIDED or REPLACED: its successor does) and its payer must not be the
     * last place of the chain.
     */
    public static void checkLaterCoverage(Claim claim, String field, Violations v) {
        if (claim.status() == ClaimStatus.VOIDED || claim.status() == ClaimStatus.REPLACED) {
            v.add(CLAIM_NOT_BILLING, "claimId", "claim " + claim.claimNumber().value() + " is " + claim.status()
                    + (claim.replacedByClaimId() == null ? "" : ": add the coverage on claim "
                    + claim.replacedByClaimId().value() + ", which bills the visit now"));
            return;
        }
        if (claim.standingPosting().map(p -> p.adjustments().stream().anyMatch(a -> a.reasonCode() == null))
                .orElse(false)) {
            v.add(PRIOR_REASON_MISSING, "claimId", "the adjudication standing on claim " + claim.claimNumber().value()
                    + " has a patient share entered without a reason code, which the next payer must be told (CAS):"
                    + " reverse it and enter it again with PR adjustments and their reason codes");
        }
        if (claim.payerSequence().ordinal() + 1 >= org.openbilling.domain.encounter.CoveragePosition.MAX) {
            v.add(TOO_MANY_COVERAGES, field, "claim " + claim.claimNumber().value() + " goes to the "
                    + claim.payerSequence() + " payer: a visit has at most "
                    + org.openbilling.domain.encounter.CoveragePosition.MAX + " coverages");
        }
    }
}
