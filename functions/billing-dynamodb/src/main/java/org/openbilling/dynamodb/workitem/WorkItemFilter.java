package org.openbilling.dynamodb.workitem;

import java.time.LocalDate;
import org.openbilling.domain.workqueue.WorkItemCategory;
import org.openbilling.domain.workqueue.WorkItemStatus;

/**
 * Which work items a person asks for. The index follows the most selective key given: the assignee's items, else
 * one status's, else the open ones (OPEN and IN_PROGRESS: the queue); {@code dueBefore} (exclusive) bounds the sort
 * key; category, payer and {@code codingOnly} filter on the index. Every list is earliest due first.
 */
public record WorkItemFilter(WorkItemStatus status, WorkItemCategory category, String payerId, String assignee,
                             LocalDate dueBefore, boolean codingOnly) {
    public static WorkItemFilter open() {
        return new WorkItemFilter(null, null, null, null, null, false);
    }

    /** Identifies the list in cursors, so that a cursor of one filter cannot be replayed on another. */
    String listKey() {
        return "work:" + status + "|" + category + "|" + payerId + "|" + assignee + "|" + dueBefore + "|" + codingOnly;
    }
}
