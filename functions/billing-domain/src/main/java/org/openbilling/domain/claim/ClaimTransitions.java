package org.openbilling.domain.claim;

import static org.openbilling.domain.claim.ClaimStatus.*;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The one table of allowed claim moves (CONTRACT.md); everything not listed here is refused. */
public final class ClaimTransitions {
    private static final Map<ClaimStatus, Set<ClaimStatus>> ALLOWED = new EnumMap<>(ClaimStatus.class);

    static {
        allow(READY, SUBMITTED, VOIDED);
        allow(SUBMITTED, ACCEPTED, REJECTED, VOIDED);
        allow(ACCEPTED, PAID, PARTIALLY_PAID, DENIED, VOIDED);
        allow(REJECTED, READY, VOIDED);
        allow(DENIED, APPEALED, REPLACED, VOIDED, CLOSED, ACCEPTED);
        allow(APPEALED, PAID, PARTIALLY_PAID, DENIED);
        allow(PARTIALLY_PAID, REPLACED, VOIDED, CLOSED, ACCEPTED);
        allow(PAID, REPLACED, VOIDED, CLOSED, ACCEPTED);
        allow(VOIDED);
        allow(REPLACED);
        allow(CLOSED);
    }

    private ClaimTransitions() {
    }

    private static void allow(ClaimStatus from, ClaimStatus... to) {
        Set<ClaimStatus> targets = to.length == 0 ? EnumSet.noneOf(ClaimStatus.class) : EnumSet.of(to[0], to);
        ALLOWED.put(from, Collections.unmodifiableSet(targets));
    }

    public static boolean isAllowed(ClaimStatus from, ClaimStatus to) {
        return ALLOWED.get(from).contains(to);
    }

    /**
     * The status a payer's reversal (an 835's CLP02 22, or a reversal entered by hand) leaves a claim in, once what
     * the payer booked is backed out: an adjudicated, appealed or closed claim is ACCEPTED again (the payer owes a
     * new verdict; a closed claim reopens, the one way out of CLOSED); a VOIDED or REPLACED claim stays so, since the
     * payer reverses the claims it paid whatever became of them here. Null where no payer can have paid the claim.
     */
    public static ClaimStatus afterReversal(ClaimStatus from) {
        return switch (from) {
            case ACCEPTED, PAID, PARTIALLY_PAID, DENIED, APPEALED, CLOSED -> ACCEPTED;
            case VOIDED, REPLACED -> from;
            case READY, SUBMITTED, REJECTED -> null;
        };
    }

    /**
     * The moves a person makes with a status change (POST /claims/{id}/status, the console's buttons): every move of
     * the table except REPLACED, which only a correction makes (it needs the corrected claim). VOIDED is included:
     * the gateway's updateClaimStatus routes it to the void.
     */
    public static Set<ClaimStatus> movesByHand(ClaimStatus from) {
        Set<ClaimStatus> moves = EnumSet.noneOf(ClaimStatus.class);
        moves.addAll(ALLOWED.get(from));
        moves.remove(REPLACED);
        return Collections.unmodifiableSet(moves);
    }

    /** The statuses a claim may move to next, for clients that offer only the allowed moves. */
    public static Set<ClaimStatus> nextFrom(ClaimStatus from) {
        return ALLOWED.get(from);
    }
}
