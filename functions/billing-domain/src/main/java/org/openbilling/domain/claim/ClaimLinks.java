package org.openbilling.domain.claim;

import org.openbilling.domain.common.ClaimId;

/**
 * How a claim stands to the payer's copy and to other claims: its frequency, the payer's claim control number, the
 * claim it replaces or bills anew ({@code originalClaimId}) and the one that replaced it, and whether its void is
 * still to be sent. Changes with corrections, voids and the payer's acknowledgement.
 */
public record ClaimLinks(ClaimFrequency frequency, PayerClaimControlNumber payerClaimControlNumber,
                         ClaimId originalClaimId, ClaimId replacedByClaimId, boolean voidPending) {
    /** A new original claim, linked to nothing. */
    public static final ClaimLinks ORIGINAL = new ClaimLinks(ClaimFrequency.ORIGINAL, null, null, null, false);

    public ClaimLinks {
        frequency = frequency == null ? ClaimFrequency.ORIGINAL : frequency;
    }

    public ClaimLinks withFrequency(ClaimFrequency f) {
        return new ClaimLinks(f, payerClaimControlNumber, originalClaimId, replacedByClaimId, voidPending);
    }

    public ClaimLinks withPayerClaimControlNumber(PayerClaimControlNumber n) {
        return new ClaimLinks(frequency, n, originalClaimId, replacedByClaimId, voidPending);
    }

    public ClaimLinks withOriginal(ClaimId id) {
        return new ClaimLinks(frequency, payerClaimControlNumber, id, replacedByClaimId, voidPending);
    }

    public ClaimLinks withReplacedBy(ClaimId id) {
        return new ClaimLinks(frequency, payerClaimControlNumber, originalClaimId, id, voidPending);
    }

    public ClaimLinks withVoidPending(boolean pending) {
        return new ClaimLinks(frequency, payerClaimControlNumber, originalClaimId, replacedByClaimId, pending);
    }
}
