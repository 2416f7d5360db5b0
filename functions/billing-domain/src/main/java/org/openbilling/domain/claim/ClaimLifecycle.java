package org.openbilling.domain.claim;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a claim stands and how it got there: its status, every move in its history, when it was created, last changed
 * and first submitted, and the batch that last carried it. Changes with every move or note.
 */
public record ClaimLifecycle(ClaimStatus status, List<HistoryEntry> history, Instant createdAt, Instant updatedAt,
                             Instant submittedAt, String submissionId) {
    public ClaimLifecycle {
        history = List.copyOf(history);
    }

    /** A new claim: READY, with its creation as the first entry. */
    public static ClaimLifecycle created(String actor, Instant now) {
        return new ClaimLifecycle(ClaimStatus.READY,
                List.of(new HistoryEntry(null, ClaimStatus.READY, now, actor, "created")), now, now, null, null);
    }

    /** The move to {@code to}, recorded; the first move to SUBMITTED sets the submission time. */
    ClaimLifecycle moved(ClaimStatus to, String actor, String reason, Instant now) {
        Instant submitted = submittedAt == null && to == ClaimStatus.SUBMITTED ? now : submittedAt;
        return new ClaimLifecycle(to, plus(new HistoryEntry(status, to, now, actor, reason)), createdAt, now,
                submitted, submissionId);
    }

    /** A note that does not change the status ("999 accepted"). */
    ClaimLifecycle noted(String actor, String reason, Instant now) {
        return new ClaimLifecycle(status, plus(new HistoryEntry(status, status, now, actor, reason)), createdAt, now,
                submittedAt, submissionId);
    }

    public ClaimLifecycle withSubmissionId(String id) {
        return new ClaimLifecycle(status, history, createdAt, updatedAt, submittedAt, id);
    }

    public ClaimLifecycle withHistory(List<HistoryEntry> newHistory) {
        return new ClaimLifecycle(status, newHistory, createdAt, updatedAt, submittedAt, submissionId);
    }

    /** The status set without a recorded move: stored history read back, or fixtures that start a claim mid-way. */
    public ClaimLifecycle withStatus(ClaimStatus newStatus) {
        return new ClaimLifecycle(newStatus, history, createdAt, updatedAt, submittedAt, submissionId);
    }

    private List<HistoryEntry> plus(HistoryEntry e) {
        List<HistoryEntry> h = new ArrayList<>(history.size() + 1);
        h.addAll(history);
        h.add(e);
        return h;
    }
}
