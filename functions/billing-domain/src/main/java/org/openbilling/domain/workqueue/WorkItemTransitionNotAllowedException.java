package org.openbilling.domain.workqueue;

import java.util.List;
import org.openbilling.domain.common.RuleViolationException;
import org.openbilling.domain.common.Violation;

/** A move the work item's status does not allow (422 {@code work-item-transition-not-allowed}). */
public class WorkItemTransitionNotAllowedException extends RuleViolationException {
    public static final String RULE = "work-item-transition-not-allowed";

    public WorkItemTransitionNotAllowedException(WorkItemStatus from, WorkItemStatus to) {
        super(List.of(new Violation(RULE, "status", "a work item cannot move from " + from + " to " + to)));
    }
}
