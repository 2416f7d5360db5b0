package org.openbilling.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A work item as claim-status answers it: something a person must do about a claim or file, why ({@code reason},
 * {@code codes}), what next ({@code action}), by when ({@code dueOn}), with its notes and history.
 */
@Schema(name = "WorkItemView")
public record WorkItemAnswer(String id, String status, String category, String action, String actionText,
                             String reason, List<String> codes, String denialCategory, boolean codingRelated,
                             String claimId, String claimNumber, String payerId, String fileId, LocalDate dueOn,
                             String assignee, List<Note> notes, List<Event> history, String resolution,
                             Instant createdAt, Instant updatedAt, long version) {
    /** A person's note. */
    @Schema(name = "Note")
    public record Note(Instant at, String author, String text) {
    }

    /** One change of the item. */
    @Schema(name = "Event")
    public record Event(String from, String to, Instant at, String actor, String what) {
    }

    /** A page of items: {@code endCursor} continues after the last one. */
    @Schema(name = "PageView")
    public record Page(List<WorkItemAnswer> items, List<String> cursors, boolean hasNextPage, String endCursor) {
    }
}
