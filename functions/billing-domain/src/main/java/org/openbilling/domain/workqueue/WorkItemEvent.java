package org.openbilling.domain.workqueue;

import java.time.Instant;

/**
 * One recorded change of a work item: its status move ({@code from} null at creation; equal to {@code to} for a
 * change that keeps the status, such as an assignment), who made it and what it was.
 */
public record WorkItemEvent(WorkItemStatus from, WorkItemStatus to, Instant at, String actor, String what) {
}
