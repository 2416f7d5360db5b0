package org.openbilling.domain.workqueue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.common.RuleViolationException;

class WorkItemTest {
    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    static WorkItem anItem() {
        return WorkItem.open(new PracticeId("p1"), new WorkItem.Opening(WorkItemCategory.REJECTION, "FIX_AND_RESEND",
                "fix it", "277CA rejected", List.of("A7:562:85"), null, false, null, "C1", "60054", null, "src-1",
                LocalDate.of(2026, 12, 8)), "platform", NOW);
    }

    /** An independent copy of the contract's table of moves: every pair is checked against it. */
    private static final Map<WorkItemStatus, Set<WorkItemStatus>> EXPECTED = Map.of(
            WorkItemStatus.OPEN, EnumSet.of(WorkItemStatus.IN_PROGRESS, WorkItemStatus.RESOLVED, WorkItemStatus.CLOSED_NO_ACTION),
            WorkItemStatus.IN_PROGRESS, EnumSet.of(WorkItemStatus.OPEN, WorkItemStatus.RESOLVED, WorkItemStatus.CLOSED_NO_ACTION),
            WorkItemStatus.RESOLVED, EnumSet.noneOf(WorkItemStatus.class),
            WorkItemStatus.CLOSED_NO_ACTION, EnumSet.noneOf(WorkItemStatus.class));

    @Test
    void isAllowed_everyPairOfStatuses_matchesTheTable() {
        for (WorkItemStatus from : WorkItemStatus.values()) {
            for (WorkItemStatus to : WorkItemStatus.values()) {
                assertEquals(EXPECTED.get(from).contains(to), WorkItemTransitions.isAllowed(from, to), from + " -> " + to);
            }
        }
    }

    @Test
    void open_sameSource_sameId_otherSource_otherId() {
        assertEquals(anItem().id(), anItem().id());
        assertEquals(WorkItemIds.of(WorkItemCategory.REJECTION, "src-1"), anItem().id());
        assertNotEquals(WorkItemIds.of(WorkItemCategory.DENIAL, "src-1"), anItem().id());
    }

    @Test
    void lifecycle_startThenResolve_recordsHistoryAssigneeAndResolution() {
        WorkItem w = anItem().start("bill", NOW).note("called the payer", "bill", NOW).resolve("bill", "resent", NOW);
        assertEquals(WorkItemStatus.RESOLVED, w.status());
        assertEquals("bill", w.assignee());
        assertEquals("resent", w.resolution());
        assertEquals(java.util.Arrays.asList(null, WorkItemStatus.OPEN, WorkItemStatus.IN_PROGRESS),
                w.history().stream().map(WorkItemEvent::from).toList());
        assertEquals(1, w.notes().size());
    }

    @Test
    void resolve_afterClosed_isRefusedWithTheTransitionRule() {
        WorkItem closed = anItem().closeNoAction("bill", "duplicate of another item", NOW);
        var e = assertThrows(WorkItemTransitionNotAllowedException.class, () -> closed.resolve("bill", "x", NOW));
        assertEquals("work-item-transition-not-allowed", e.violations().get(0).rule());
    }

    @Test
    void closeNoAction_withoutReason_isRefused() {
        var e = assertThrows(RuleViolationException.class, () -> anItem().closeNoAction("bill", "  ", NOW));
        assertEquals("required", e.violations().get(0).rule());
        assertEquals("reason", e.violations().get(0).field());
    }

    @Test
    void note_overTheLimit_isRefusedWithItsRule() {
        var e = assertThrows(RuleViolationException.class, () -> anItem().note("x".repeat(WorkItem.MAX_NOTE + 1), "b", NOW));
        assertEquals("work-item-note-too-long", e.violations().get(0).rule());
        assertEquals(WorkItem.MAX_NOTE, anItem().note("x".repeat(WorkItem.MAX_NOTE), "b", NOW).notes().get(0).text().length());
    }

    @Test
    void assign_badName_orClosedItem_isRefused() {
        assertEquals("work-item-assignee-format", assertThrows(RuleViolationException.class,
                () -> anItem().assign("two words", "a", NOW)).violations().get(0).rule());
        WorkItem done = anItem().resolve("a", "done", NOW);
        assertEquals("work-item-closed", assertThrows(RuleViolationException.class,
                () -> done.assign("bill", "a", NOW)).violations().get(0).rule());
    }
}
