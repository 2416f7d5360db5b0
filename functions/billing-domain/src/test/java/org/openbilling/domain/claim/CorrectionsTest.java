package org.openbilling.domain.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openbilling.domain.common.Money;
import org.openbilling.domain.common.RuleViolationException;

class CorrectionsTest {
    static Adjudication denial(String carc, List<Remark> remarks) {
        return new Adjudication("d1", false, ClaimStatus.DENIED, Money.ZERO,
                List.of(new Adjustment("CO", carc, "text", Money.of("170.50"), null, null, "Contractual Obligations")),
                Map.of(), remarks, "PCN1", null, "835 t1: DENIED");
    }

    static Claim denied(Adjudication a) {
        return ClaimPostingTest.claim(ClaimStatus.ACCEPTED).post(a, "a", ClaimPostingTest.NOW);
    }

    @Test
    void kindOf_unprocessableDenial_isANewClaim_otherDenialsAReplacement() {
        assertEquals(Corrections.Kind.NEW_CLAIM, Corrections.kindOf(denied(denial("16", List.of()))));
        assertEquals(Corrections.Kind.NEW_CLAIM,
                Corrections.kindOf(denied(denial("29", List.of(new Remark("MA130", "unprocessable"))))));
        assertEquals(Corrections.Kind.REPLACEMENT, Corrections.kindOf(denied(denial("29", List.of()))));
        assertTrue(Corrections.unprocessable(denied(denial("16", List.of()))));
        assertFalse(Corrections.unprocessable(denied(denial("29", List.of()))));
    }

    @Test
    void kindOf_everyStatus_followsTheOneRule() {
        assertEquals(Corrections.Kind.IN_PLACE, Corrections.kindOf(ClaimPostingTest.claim(ClaimStatus.REJECTED)));
        assertEquals(Corrections.Kind.NEW_CLAIM, Corrections.kindOf(ClaimPostingTest.claim(ClaimStatus.VOIDED)));
        for (ClaimStatus s : List.of(ClaimStatus.PAID, ClaimStatus.PARTIALLY_PAID, ClaimStatus.DENIED)) {
            assertEquals(Corrections.Kind.REPLACEMENT, Corrections.kindOf(ClaimPostingTest.claim(s)), s.name());
        }
        for (ClaimStatus s : List.of(ClaimStatus.READY, ClaimStatus.SUBMITTED, ClaimStatus.ACCEPTED,
                ClaimStatus.APPEALED, ClaimStatus.REPLACED, ClaimStatus.CLOSED)) {
            RuleViolationException e = assertThrows(RuleViolationException.class,
                    () -> Corrections.kindOf(ClaimPostingTest.claim(s)), s.name());
            assertEquals("claim-not-correctable", e.violations().get(0).rule());
        }
    }
}
