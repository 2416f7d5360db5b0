package org.openbilling.contract.mapping;

import org.openbilling.contract.WorkItemAnswer;
import org.openbilling.domain.workqueue.WorkItem;

/** The one place where a domain {@link WorkItem} becomes its public answer. */
public final class WorkItemAnswers {
    private WorkItemAnswers() {
    }

    public static WorkItemAnswer of(WorkItem w) {
        return new WorkItemAnswer(w.id(), Wire.name(w.status()), Wire.name(w.category()), w.action(), w.actionText(),
                w.reason(), w.codes(), w.denialCategory(), w.codingRelated(), Wire.text(w.claimId()), w.claimNumber(),
                w.payerId(), w.fileId(), w.dueOn(), w.assignee(),
                Wire.each(w.notes(), n -> new WorkItemAnswer.Note(n.at(), n.author(), n.text())),
                Wire.each(w.history(), e -> new WorkItemAnswer.Event(Wire.name(e.from()), Wire.name(e.to()), e.at(),
                        e.actor(), e.what())),
                w.resolution(), w.createdAt(), w.updatedAt(), w.version());
    }
}
