package org.openbilling.claimstatus.workqueue;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.UnaryOperator;
import org.openbilling.domain.common.NotFoundException;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.common.StaleVersionException;
import org.openbilling.domain.workqueue.WorkItem;
import org.openbilling.dynamodb.workitem.WorkItemRepository;
import org.openbilling.dynamodb.audit.Audit;

/**
 * A person's changes of a work item: each checks the version the person saw ({@code expectedVersion}), so two billers
 * working the same item never overwrite each other; the loser gets 409 and reads it again.
 */
@ApplicationScoped
public class WorkItemService {
    private final WorkItemRepository items;
    private final Audit audit;

    public WorkItemService(WorkItemRepository items, Audit audit) {
        this.items = items;
        this.audit = audit;
    }

    /** The item, or 404; {@code codingOnly} (coders) hides the others as not found. */
    public WorkItem find(PracticeId practice, String id, boolean codingOnly) {
        return items.find(practice, id).filter(w -> !codingOnly || w.codingRelated())
                .orElseThrow(() -> new NotFoundException("work item", id));
    }

    public WorkItem change(PracticeId practice, String id, long expectedVersion, UnaryOperator<WorkItem> change,
                           String action) {
        WorkItem current = find(practice, id, false);
        if (current.version() != expectedVersion) {
            throw new StaleVersionException("work item", id, expectedVersion);
        }
        WorkItem stored = items.update(change.apply(current));
        audit.changed("work-item", id, stored.version(), action);
        return stored;
    }
}
