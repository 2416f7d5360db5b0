package org.openbilling.domain.claim;

import java.util.Set;
import org.openbilling.domain.common.RuleViolationException;

/**
 * Which claim a correction (POST /claims/{id}/corrections) makes, in one place: a REJECTED claim is corrected in
 * place; a claim the payer adjudicated gets a replacement (frequency 7, naming the payer's claim control number);
 * a claim the payer could not process (a denial with CARC 16 or remark MA130: "submit a new claim") and a VOIDED
 * claim are billed anew as an original claim (frequency 1): no payer replaces a claim it never adjudicated, nor one
 * it was told to cancel. Either way the new claim links back to the old one.
 */
public final class Corrections {
    /** CARC 16: the claim lacks information or has submission/billing errors. */
    static final String LACKS_INFORMATION = "16";
    /** RARC MA130: unprocessable, no appeal rights: submit a new claim. */
    static final String UNPROCESSABLE = "MA130";

    /** What a correction of a claim makes. */
    public enum Kind {
        /** the same claim, READY again */
        IN_PLACE,
        /** a frequency-7 claim; the original becomes REPLACED */
        REPLACEMENT,
        /** a frequency-1 claim; the original becomes REPLACED, or stays VOIDED */
        NEW_CLAIM
    }

    private Corrections() {
    }

    /** @throws RuleViolationException claim-not-correctable for any other status */
    public static Kind kindOf(Claim claim) {
        if (claim.status() == ClaimStatus.REJECTED) {
            return Kind.IN_PLACE;
        }
        if (claim.status() == ClaimStatus.VOIDED || unprocessable(claim)) {
            return Kind.NEW_CLAIM;
        }
        if (ClaimTransitions.isAllowed(claim.status(), ClaimStatus.REPLACED)) {
            return Kind.REPLACEMENT;
        }
        throw new RuleViolationException("claim-not-correctable", "id", "a " + claim.status()
                + " claim cannot be corrected: only REJECTED claims (in place), adjudicated ones (by a replacement)"
                + " and VOIDED ones (billed anew) can");
    }

    /**
     * A denial the payer gave because it could not process the claim (CARC 16 on the standing denial, or remark
     * MA130): the payer holds nothing to replace, so the correction goes out as a new claim.
     */
    public static boolean unprocessable(Claim claim) {
        if (claim.status() != ClaimStatus.DENIED) {
            return false;
        }
        boolean carc16 = claim.postings().stream().filter(Posting::standing)
                .flatMap(p -> p.adjustments().stream()).anyMatch(a -> LACKS_INFORMATION.equals(a.reasonCode()));
        return carc16 || claim.remarks().stream().map(Remark::code).anyMatch(Set.of(UNPROCESSABLE)::contains);
    }
}
