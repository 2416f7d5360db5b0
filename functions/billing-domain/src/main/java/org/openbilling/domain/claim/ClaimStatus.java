package org.openbilling.domain.claim;

import java.util.EnumSet;
import java.util.Set;

/** Where a claim stands; {@link ClaimTransitions} says which moves between them are allowed. */
public enum ClaimStatus {
    READY, SUBMITTED, ACCEPTED, REJECTED, DENIED, APPEALED, PARTIALLY_PAID, PAID, VOIDED, REPLACED, CLOSED;

    /** Statuses that still expect work or money: the analysts' open claims. */
    public static final Set<ClaimStatus> OPEN = EnumSet.of(READY, SUBMITTED, ACCEPTED, REJECTED, DENIED, APPEALED, PARTIALLY_PAID);

    public boolean isOpen() {
        return OPEN.contains(this);
    }

    public boolean isFinal() {
        return this == VOIDED || this == REPLACED || this == CLOSED;
    }
}
