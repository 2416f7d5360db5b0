package org.openbilling.dynamodb.workitem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.openbilling.domain.common.ClaimId;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.workqueue.WorkItem;
import org.openbilling.domain.workqueue.WorkItemCategory;
import org.openbilling.domain.workqueue.WorkItemEvent;
import org.openbilling.domain.workqueue.WorkItemNote;
import org.openbilling.domain.workqueue.WorkItemStatus;

/** The stored document of a work item (schema 1); its own records, so the domain may change without the stored form. */
record WorkItemDocument(int schema, String practiceId, String id, String category, String status, String action,
                        String actionText, String reason, List<String> codes, String denialCategory,
                        boolean codingRelated, String claimId, String claimNumber, String payerId, String fileId,
                        String sourceKey, LocalDate dueOn, String assignee, List<Note> notes, List<Event> history,
                        String resolution, Instant createdAt, Instant updatedAt) {
    static final int SCHEMA = 1;

    record Note(Instant at, String author, String text) {
    }

    record Event(String from, String to, Instant at, String actor, String what) {
    }

    static WorkItemDocument of(WorkItem w) {
        return new WorkItemDocument(SCHEMA, w.practiceId().value(), w.id(), w.category().name(), w.status().name(),
                w.action(), w.actionText(), w.reason(), w.codes(), w.denialCategory(), w.codingRelated(),
                w.claimId() == null ? null : w.claimId().value(), w.claimNumber(), w.payerId(), w.fileId(),
                w.sourceKey(), w.dueOn(), w.assignee(),
                w.notes().stream().map(n -> new Note(n.at(), n.author(), n.text())).toList(),
                w.history().stream().map(e -> new Event(e.from() == null ? null : e.from().name(), e.to().name(), e.at(),
                        e.actor(), e.what())).toList(),
                w.resolution(), w.createdAt(), w.updatedAt());
    }

    WorkItem toDomain(long version) {
        return new WorkItem(id, new PracticeId(practiceId), WorkItemCategory.valueOf(category),
                WorkItemStatus.valueOf(status), action, actionText, reason, codes == null ? List.of() : codes,
                denialCategory, codingRelated, claimId == null ? null : new ClaimId(claimId), claimNumber, payerId,
                fileId, sourceKey, dueOn, assignee,
                notes == null ? List.of() : notes.stream().map(n -> new WorkItemNote(n.at(), n.author(), n.text())).toList(),
                history == null ? List.of() : history.stream().map(e -> new WorkItemEvent(
                        e.from() == null ? null : WorkItemStatus.valueOf(e.from()), WorkItemStatus.valueOf(e.to()), e.at(),
                        e.actor(), e.what())).toList(),
                resolution, createdAt, updatedAt, version);
    }
}
