package org.openbilling.domain.claim;

import java.time.Instant;

/** One recorded move of a claim: who moved it, when, and why. {@code from} is null for the creation. */
public record HistoryEntry(ClaimStatus from, ClaimStatus to, Instant at, String actor, String reason) {
}
