package org.openbilling.domain.workqueue;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The allowed moves of a work item, in one place. RESOLVED and CLOSED_NO_ACTION are final. */
public final class WorkItemTransitions {
    private static final Map<WorkItemStatus, Set<WorkItemStatus>> ALLOWED = new EnumMap<>(WorkItemStatus.class);

    static {
        ALLOWED.put(WorkItemStatus.OPEN, EnumSet.of(WorkItemStatus.IN_PROGRESS, WorkItemStatus.RESOLVED,
                WorkItemStatus.CLOSED_NO_ACTION));
        ALLOWED.put(WorkItemStatus.IN_PROGRESS, EnumSet.of(WorkItemStatus.OPEN, WorkItemStatus.RESOLVED,
                WorkItemStatus.CLOSED_NO_ACTION));
        ALLOWED.put(WorkItemStatus.RESOLVED, EnumSet.noneOf(WorkItemStatus.class));
        ALLOWED.put(WorkItemStatus.CLOSED_NO_ACTION, EnumSet.noneOf(WorkItemStatus.class));
    }

    private WorkItemTransitions() {
    }

    public static boolean isAllowed(WorkItemStatus from, WorkItemStatus to) {
        return ALLOWED.get(from).contains(to);
    }
}
