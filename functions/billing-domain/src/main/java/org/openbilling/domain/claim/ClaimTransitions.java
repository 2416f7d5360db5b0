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

    /** The statuses a claim may move to next, for clients that offer only the allowed moves. */
    public static Set<ClaimStatus> nextFrom(ClaimStatus from) {
        return ALLOWED.get(from);
    }
}
