package org.openbilling.domain.workqueue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The issue's examples, read from the data file. */
class DenialActionsTest {
    private final DenialActions table = DenialActions.table();

    private String action(String group, String carc, String... rarcs) {
        return table.classify(group, carc, List.of(rarcs)).action();
    }

    @Test
    void classify_issueExamples_giveTheirActions() {
        assertEquals("CORRECT_AND_RESEND", action("CO", "16", "M51"));
        assertTrue(table.classify("CO", "16", List.of("M51")).coding());
        assertEquals("CORRECT_AND_RESEND", action("CO", "16", "N290"));
        assertEquals("REVIEW_MODIFIERS_NCCI", action("CO", "97", "M15"));
        assertEquals("APPEAL_WITH_RECORDS", action("CO", "50"));
        assertEquals("APPEAL_WITH_PROOF_OF_TIMELY_FILING", action("CO", "29", "N211"));
        assertEquals("CHECK_BEFORE_ACTING", action("OA", "18"));
        assertEquals("UPDATE_COORDINATION_OF_BENEFITS", action("OA", "22"));
        assertEquals("OBTAIN_AUTHORIZATION_AND_APPEAL", action("CO", "197"));
    }

    @Test
    void classify_patientResponsibilityAndContractual_makeNoItem() {
        for (String carc : List.of("1", "2", "3")) {
            assertFalse(table.classify("PR", carc, List.of()).makesItem(), "PR-" + carc);
        }
        assertFalse(table.classify("CO", "45", List.of()).makesItem());
    }

    @Test
    void classify_unknownCarc_fallsToTheDefaultRow() {
        DenialActions.Rule r = table.classify("CO", "999", List.of("ZZ1"));
        assertEquals("OTHER", r.category());
        assertEquals("REVIEW_DENIAL", r.action());
    }

    @Test
    void first_skipsAdjustmentsThatMakeNoItem() {
        var hit = table.first(List.of(new String[] {"PR", "1"}, new String[] {"CO", "45"}, new String[] {"CO", "50"}),
                List.of());
        assertEquals("CO-50", hit.orElseThrow().getKey());
        assertTrue(table.first(List.<String[]>of(new String[] {"PR", "3"}), List.of()).isEmpty());
    }
}
