package org.openbilling.domain.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClaimTransitionsTest {
    /** The table of CONTRACT.md, written out again independently so that a change to either is caught. */
    private static final Map<String, String> CONTRACT = Map.ofEntries(
            Map.entry("READY", "SUBMITTED VOIDED"),
            Map.entry("SUBMITTED", "ACCEPTED REJECTED VOIDED"),
            Map.entry("ACCEPTED", "PAID PARTIALLY_PAID DENIED VOIDED"),
            Map.entry("REJECTED", "READY VOIDED"),
            Map.entry("DENIED", "APPEALED REPLACED VOIDED CLOSED ACCEPTED"),
            Map.entry("APPEALED", "PAID PARTIALLY_PAID DENIED"),
            Map.entry("PARTIALLY_PAID", "REPLACED VOIDED CLOSED ACCEPTED"),
            Map.entry("PAID", "REPLACED VOIDED CLOSED ACCEPTED"),
            Map.entry("VOIDED", ""),
            Map.entry("REPLACED", ""),
            Map.entry("CLOSED", ""));

    @Test
    void isAllowed_everyPairOfStates_matchesTheContractTable() {
        int allowed = 0;
        for (ClaimStatus from : ClaimStatus.values()) {
            Set<String> targets = Set.of(CONTRACT.get(from.name()).split(" "));
            for (ClaimStatus to : ClaimStatus.values()) {
                boolean expected = targets.contains(to.name());
                assertEquals(expected, ClaimTransitions.isAllowed(from, to), from + " -> " + to);
                if (expected) {
                    allowed++;
                }
            }
        }
        assertEquals(27, allowed);
    }

    @Test
    void openStatuses_areTheContractsOpenClaims() {
        assertEquals(Set.of(ClaimStatus.READY, ClaimStatus.SUBMITTED, ClaimStatus.ACCEPTED, ClaimStatus.REJECTED,
                ClaimStatus.DENIED, ClaimStatus.APPEALED, ClaimStatus.PARTIALLY_PAID), ClaimStatus.OPEN);
        assertTrue(ClaimStatus.VOIDED.isFinal());
        assertFalse(ClaimStatus.PAID.isOpen());
    }

    @Test
    void afterReversal_everyStatus_reopensAdjudicatedAndClosed_keepsVoidedAndReplaced() {
        Map<ClaimStatus, ClaimStatus> expected = new java.util.EnumMap<>(ClaimStatus.class);
        for (ClaimStatus s : List.of(ClaimStatus.ACCEPTED, ClaimStatus.PAID, ClaimStatus.PARTIALLY_PAID,
                ClaimStatus.DENIED, ClaimStatus.APPEALED, ClaimStatus.CLOSED)) {
            expected.put(s, ClaimStatus.ACCEPTED);
        }
        expected.put(ClaimStatus.VOIDED, ClaimStatus.VOIDED);
        expected.put(ClaimStatus.REPLACED, ClaimStatus.REPLACED);
        for (ClaimStatus from : ClaimStatus.values()) {
            assertEquals(expected.get(from), ClaimTransitions.afterReversal(from), from.name());
        }
    }

    @Test
    void movesByHand_areTheTableWithoutReplaced() {
        for (ClaimStatus from : ClaimStatus.values()) {
            Set<ClaimStatus> table = new java.util.HashSet<>(ClaimTransitions.nextFrom(from));
            table.remove(ClaimStatus.REPLACED);
            assertEquals(table, ClaimTransitions.movesByHand(from), from.name());
        }
    }
}
