package org.openbilling.domain.claim;

import java.util.List;
import org.openbilling.domain.common.Money;
import org.openbilling.domain.common.Violations;

/**
 * The rules a payer's verdict must pass before it is posted, one set for an 835's CLP and an adjudication entered by
 * hand: a denial pays nothing; the stated patient responsibility equals the PR adjustments; and the claim balances,
 * paid + every adjustment = the claim's total charge (its negative for a reversal), so that nothing of the charge is
 * left unexplained on a claim that leaves the open claims. A verdict that breaks one is not posted at all.
 */
public final class AdjudicationRules {
    public static final String UNBALANCED = "adjudication-unbalanced";
    public static final String DENIED_WITH_PAYMENT = "denied-with-payment";
    public static final String PATIENT_SHARE_MISMATCH = "patient-share-mismatch";

    private AdjudicationRules() {
    }

    /** Every rule, for a verdict about to be posted on {@code claim}; fields are named under {@code prefix}. */
    public static void check(Claim claim, Adjudication a, Money statedPatientShare, String prefix, Violations v) {
        checkPatientShare(statedPatientShare, a.adjustments(), prefix, v);
        checkAgainst(claim, a.reversal(), a.outcome(), a.paidAmount(), a.adjustments(), prefix, v);
    }

    /** The stated patient responsibility (null: not stated) equals the sum of the PR adjustments. */
    public static void checkPatientShare(Money stated, List<Adjustment> adjustments, String prefix, Violations v) {
        if (stated == null) {
            return;
        }
        Money pr = adjustments.stream().filter(Adjustment::isPatientShare).map(Adjustment::amount)
                .reduce(Money.ZERO, Money::plus);
        if (pr.compareTo(stated) != 0) {
            v.add(PATIENT_SHARE_MISMATCH, prefix + "patientResponsibility", "the PR adjustments add up to " + pr
                    + ", not the patient responsibility " + stated);
        }
    }

    /** A denial pays nothing, and paid + adjustments account for the claim's whole charge. */
    public static void checkAgainst(Claim claim, boolean reversal, ClaimStatus outcome, Money paid,
                                    List<Adjustment> adjustments, String prefix, Violations v) {
        if (!reversal && outcome == ClaimStatus.DENIED && paid.isPositive()) {
            v.add(DENIED_WITH_PAYMENT, prefix + "paidAmount", "a denied claim is paid nothing, not " + paid);
        }
        Money adjusted = adjustments.stream().map(Adjustment::amount).reduce(Money.ZERO, Money::plus);
        Money accounted = paid.plus(adjusted);
        Money expected = reversal ? claim.totalCharge().negate() : claim.totalCharge();
        if (accounted.compareTo(expected) != 0) {
            v.add(UNBALANCED, prefix + "adjustments", "paid " + paid + " + adjustments " + adjusted + " = " + accounted
                    + ", but the claim's total charge is " + expected + ": the difference "
                    + expected.minus(accounted) + (reversal ? " is not backed out"
                    : " needs an adjustment (e.g. CO 45 for the amount above the allowed fee)"));
        }
    }
}
