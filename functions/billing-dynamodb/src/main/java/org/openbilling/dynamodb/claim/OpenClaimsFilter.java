package org.openbilling.dynamodb.claim;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.openbilling.domain.claim.ClaimStatus;

/** Which open claims an analyst asks for; {@code ageFromBefore} implements a minimum age. */
public record OpenClaimsFilter(Set<ClaimStatus> statuses, String payerId, Instant ageFromBefore, boolean oldestFirst) {
    /** Identifies the list in cursors, so that a cursor of one filter cannot be replayed on another. */
    String listKey() {
        return (statuses == null ? "*" : new TreeSet<>(statuses).toString()) + "|" + payerId + "|" + ageFromBefore + "|" + oldestFirst;
    }
}
