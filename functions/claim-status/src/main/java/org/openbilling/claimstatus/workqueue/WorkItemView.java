package org.openbilling.claimstatus.workqueue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.openbilling.domain.workqueue.WorkItem;

/** A work item as answered by the REST API (and read by the gateway's typed client). */
public record WorkItemView(String id, String status, String category, String action, String actionText, String reason,
                           List<String> codes, String denialCategory, boolean codingRelated, String claimId,
                           String claimNumber, String payerId, String fileId, LocalDate dueOn, String assignee,
                           List<Note> notes, List<Event> history, String resolution, Instant createdAt,
                           Instant updatedAt, long version) {
    /** A person's note. */
    public record Note(Instant at, String author, String text) {
    }

    /** One change of the item. */
    public record Event(String from, String to, Instant at, String actor, String what) {
    }

    public static WorkItemView of(WorkItem w) {
        return new WorkItemView(w.id(), w.status().name(), w.category().name(), w.action(), w.actionText(), w.reason(),
                w.codes(), w.denialCategory(), w.codingRelated(), w.claimId() == null ? null : w.claimId().value(),
                w.claimNumber(), w.payerId(), w.fileId(), w.dueOn(), w.assignee(),
                w.notes().stream().map(n -> new Note(n.at(), n.author(), n.text())).toList(),
                w.history().stream().map(e -> new Event(e.from() == null ? null : e.from().name(), e.to().name(), e.at(),
                        e.actor(), e.what())).toList(),
                w.resolution(), w.createdAt(), w.updatedAt(), w.version());
    }

    /** A page of items: {@code endCursor} continues after the last one. */
    public record PageView(List<WorkItemView> items, List<String> cursors, boolean hasNextPage, String endCursor) {
    }
}
