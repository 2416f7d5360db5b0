package org.openbilling.domain.claim;

/** A status move that the contract's table does not allow (HTTP 422 {@code claim-transition-not-allowed}). */
public class ClaimTransitionNotAllowedException extends RuntimeException {
    public static final String RULE = "claim-transition-not-allowed";
    private final ClaimStatus from;
    private final ClaimStatus to;

    public ClaimTransitionNotAllowedException(ClaimStatus from, ClaimStatus to) {
        super("a claim cannot move from " + from + " to " + to + "; allowed: " + ClaimTransitions.nextFrom(from));
        this.from = from;
        this.to = to;
    }

    public ClaimStatus from() {
        return from;
    }

    public ClaimStatus to() {
        return to;
    }
}
