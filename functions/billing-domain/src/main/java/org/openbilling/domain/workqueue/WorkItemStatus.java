package org.openbilling.domain.workqueue;

/** Where a work item stands; {@link WorkItemTransitions} says which moves are allowed. */
public enum WorkItemStatus {
    OPEN, IN_PROGRESS, RESOLVED, CLOSED_NO_ACTION;

    /** Still waiting for a person: the queue's default list and the scheduled sweep read only these. */
    public boolean isOpen() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
