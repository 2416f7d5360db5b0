package org.openbilling.domain.claim;

import org.openbilling.domain.common.ClaimId;

/**
 * How a claim stands to the payer's copy and to other claims: its frequency, the payer's claim control number, the
 * claim it replaces or bills anew ({@code originalClaimId}) and the one that replaced it, and whether its void is
 * still to be sent. Changes with corrections, voids and the payer's acknowledgement.
 */
public record ClaimLinks(ClaimFrequency frequency, PayerClaimControlNumber payerClaimControlNumber,
                         ClaimId originalClaimId, ClaimId replacedByClaimId, boolean voidPending, ClaimChain chain) {
    /** A new original claim, linked to nothing. */
    public static final ClaimLinks ORIGINAL = new ClaimLinks(ClaimFrequency.ORIGINAL, null, null, null, false);

    public ClaimLinks {
        frequency = frequency == null ? ClaimFrequency.ORIGINAL : frequency;
        chain = chain == null ? ClaimChain.FIRST : chain;
    }

    /** Links of a claim to the first payer. */
    public ClaimLinks(ClaimFrequency frequency, PayerClaimControlNumber payerClaimControlNumber,
                      ClaimId originalClaimId, ClaimId replacedByClaimId, boolean voidPending) {
        this(frequency, payerClaimControlNumber, originalClaimId, replacedByClaimId, voidPending, ClaimChain.FIRST);
    }

    public ClaimLinks withChain(ClaimChain c) {
        return new ClaimLinks(frequency, payerClaimControlNumber, originalClaimId, replacedByClaimId, voidPending, c);
    }

    public ClaimLinks withFrequency(ClaimFrequency f) {
        return new ClaimLinks(f, payerClaimControlNumber, originalClaimId, replacedByClaimId, voidPending, chain);
    }

    public ClaimLinks withPayerClaimControlNumber(PayerClaimControlNumber n) {
        return new ClaimLinks(frequency, n, originalClaimId, replacedByClaimId, voidPending, chain);
    }

    public ClaimLinks withOriginal(ClaimId id) {
        return new ClaimLinks(frequency, payerClaimControlNumber, id, replacedByClaimId, voidPending, chain);
    }

    public ClaimLinks withReplacedBy(ClaimId id) {
        return new ClaimLinks(frequency, payerClaimControlNumber, originalClaimId, id, voidPending, chain);
    }

    public ClaimLinks withVoidPending(boolean pending) {
        return new ClaimLinks(frequency, payerClaimControlNumber, originalClaimId, replacedByClaimId, pending, chain);
    }
}
