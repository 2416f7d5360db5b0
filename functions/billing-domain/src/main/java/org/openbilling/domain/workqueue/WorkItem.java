package org.openbilling.domain.workqueue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.openbilling.domain.common.ClaimId;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.common.RuleViolationException;

/**
 * Something a person must do, made by the platform from an event (a rejection, a denial, a quarantined file) or from
 * silence (no answer, a deadline close). Its id derives from the event that caused it ({@link WorkItemIds}), so the
 * same event posted again finds the item already there. Status, assignee, notes and history change together under
 * one version check.
 *
 * @param action      what to do next, as a stable code (FIX_AND_RESEND, APPEAL_WITH_RECORDS, ...)
 * @param actionText  the same in words, for the person
 * @param reason      what happened (the rejection's status codes, the denial's group, CARC and RARC, the silence)
 * @param codes       the codes that caused it: X12 segment/element or status composites, or group-CARC and RARCs
 * @param sourceKey   the causing event, spelled out (its hash is the id)
 */
public record WorkItem(String id, PracticeId practiceId, WorkItemCategory category, WorkItemStatus status,
                       String action, String actionText, String reason, List<String> codes, String denialCategory,
                       boolean codingRelated, ClaimId claimId, String claimNumber, String payerId, String fileId,
                       String sourceKey, LocalDate dueOn, String assignee, List<WorkItemNote> notes,
                       List<WorkItemEvent> history, String resolution, Instant createdAt, Instant updatedAt,
                       long version) {
    /** The longest note or resolution a person may write. */
    public static final int MAX_NOTE = 2000;
    /** At most this many notes on one item (it is stored as one item). */
    public static final int MAX_NOTES = 100;
    private static final Pattern ASSIGNEE = Pattern.compile("[A-Za-z0-9._@+-]{1,64}");

    public WorkItem {
        codes = List.copyOf(codes);
        notes = List.copyOf(notes);
        history = List.copyOf(history);
    }

    /** What the platform knows when it opens an item; the rest starts empty. */
    public record Opening(WorkItemCategory category, String action, String actionText, String reason,
                          List<String> codes, String denialCategory, boolean codingRelated, ClaimId claimId,
                          String claimNumber, String payerId, String fileId, String sourceKey, LocalDate dueOn) {
    }

    /** A new OPEN item, its creation the first history entry. */
    public static WorkItem open(PracticeId practice, Opening o, String actor, Instant now) {
        String id = WorkItemIds.of(o.category(), o.sourceKey());
        return new WorkItem(id, practice, o.category(), WorkItemStatus.OPEN, o.action(), o.actionText(), o.reason(),
                o.codes(), o.denialCategory(), o.codingRelated(), o.claimId(), o.claimNumber(), o.payerId(),
                o.fileId(), o.sourceKey(), o.dueOn(), null, List.of(),
                List.of(new WorkItemEvent(null, WorkItemStatus.OPEN, now, actor, "opened: " + o.reason())), null,
                now, now, 0);
    }

    /** A person takes the item on (assigned to them when nobody is). */
    public WorkItem start(String actor, Instant now) {
        WorkItem moved = moveTo(WorkItemStatus.IN_PROGRESS, actor, "started", null, now);
        return assignee == null ? new Builder(moved).assignee(actor).build() : moved;
    }

    /** Done: the claim was fixed, appealed, or the file dealt with; {@code note} says how. */
    public WorkItem resolve(String actor, String note, Instant now) {
        return moveTo(WorkItemStatus.RESOLVED, actor, "resolved", requireText("note", note), now);
    }

    /** Closed without action, with the reason (nothing to do: a duplicate item, a denial accepted). */
    public WorkItem closeNoAction(String actor, String reason, Instant now) {
        return moveTo(WorkItemStatus.CLOSED_NO_ACTION, actor, "closed without action", requireText("reason", reason), now);
    }

    /** Back to OPEN from IN_PROGRESS (the person hands it back). */
    public WorkItem reopen(String actor, Instant now) {
        return moveTo(WorkItemStatus.OPEN, actor, "handed back", null, now);
    }

    /** Resolved by the platform because its claim moved on (the reason says how). */
    public WorkItem resolvedBecause(String why, Instant now) {
        return moveTo(WorkItemStatus.RESOLVED, "platform", "resolved: " + why, why, now);
    }

    /** Assigned to someone (null: to nobody). */
    public WorkItem assign(String to, String actor, Instant now) {
        if (to != null && !ASSIGNEE.matcher(to).matches()) {
            throw new RuleViolationException("work-item-assignee-format", "assignee",
                    "an assignee is a user name of 1 to 64 letters, digits and . _ @ + -");
        }
        requireOpen("assignee");
        List<WorkItemEvent> h = new ArrayList<>(history);
        h.add(new WorkItemEvent(status, status, now, actor, to == null ? "unassigned" : "assigned to " + to));
        return new Builder(this).assignee(to).history(h).updatedAt(now).build();
    }

    /** A note added; notes are kept on any item, open or not (what was learnt later still belongs to it). */
    public WorkItem note(String text, String actor, Instant now) {
        String t = requireText("text", text);
        if (notes.size() >= MAX_NOTES) {
            throw new RuleViolationException("work-item-notes-full", "text", "a work item holds at most " + MAX_NOTES
                    + " notes");
        }
        List<WorkItemNote> n = new ArrayList<>(notes);
        n.add(new WorkItemNote(now, actor, t));
        return new Builder(this).notes(n).updatedAt(now).build();
    }

    public WorkItem withVersion(long v) {
        return new Builder(this).version(v).build();
    }

    private WorkItem moveTo(WorkItemStatus to, String actor, String what, String resolutionText, Instant now) {
        if (!WorkItemTransitions.isAllowed(status, to)) {
            throw new WorkItemTransitionNotAllowedException(status, to);
        }
        List<WorkItemEvent> h = new ArrayList<>(history);
        h.add(new WorkItemEvent(status, to, now, actor, what));
        Builder b = new Builder(this).status(to).history(h).updatedAt(now);
        if (resolutionText != null && !to.isOpen()) {
            b.resolution(resolutionText);
        }
        return b.build();
    }

    private void requireOpen(String field) {
        if (!status.isOpen()) {
            throw new RuleViolationException("work-item-closed", field, "the work item is " + status
                    + ": it can no longer be changed");
        }
    }

    private static String requireText(String field, String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new RuleViolationException("required", field, field + " is required");
        }
        if (t.length() > MAX_NOTE) {
            throw new RuleViolationException("work-item-note-too-long", field, field + " is at most " + MAX_NOTE
                    + " characters");
        }
        return t;
    }

    private static final class Builder {
        private final WorkItem w;
        private WorkItemStatus status;
        private String assignee;
        private List<WorkItemNote> notes;
        private List<WorkItemEvent> history;
        private String resolution;
        private Instant updatedAt;
        private long version;

        Builder(WorkItem w) {
            this.w = w;
            status = w.status;
            assignee = w.assignee;
            notes = w.notes;
            history = w.history;
            resolution = w.resolution;
            updatedAt = w.updatedAt;
            version = w.version;
        }

        Builder status(WorkItemStatus v) { status = v; return this; }
        Builder assignee(String v) { assignee = v; return this; }
        Builder notes(List<WorkItemNote> v) { notes = v; return this; }
        Builder history(List<WorkItemEvent> v) { history = v; return this; }
        Builder resolution(String v) { resolution = v; return this; }
        Builder updatedAt(Instant v) { updatedAt = v; return this; }
        Builder version(long v) { version = v; return this; }

        WorkItem build() {
            return new WorkItem(w.id, w.practiceId, w.category, status, w.action, w.actionText, w.reason, w.codes,
                    w.denialCategory, w.codingRelated, w.claimId, w.claimNumber, w.payerId, w.fileId, w.sourceKey,
                    w.dueOn, assignee, notes, history, resolution, w.createdAt, updatedAt, version);
        }
    }
}
