package org.openbilling.domain.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openbilling.domain.common.Money;
import org.openbilling.domain.common.Violation;
import org.openbilling.domain.common.Violations;

class AdjudicationRulesTest {
    static Adjustment adj(String group, String carc, String amount) {
        return new Adjustment(group, carc, "text", Money.of(amount), null, null, group);
    }

    static List<String> rules(Adjudication a, String statedShare) {
        Violations v = new Violations();
        AdjudicationRules.check(ClaimPostingTest.claim(ClaimStatus.ACCEPTED), a, statedShare == null ? null
                : Money.of(statedShare), "", v);
        return v.list().stream().map(Violation::rule).toList();
    }

    static Adjudication verdict(ClaimStatus outcome, boolean reversal, String paid, Adjustment... adjustments) {
        return new Adjudication("k", reversal, outcome, Money.of(paid), List.of(adjustments), Map.of(), List.of(),
                null, null, "why");
    }

    @Test
    void check_balancedPaymentAndReversal_pass() {
        assertEquals(List.of(), rules(verdict(ClaimStatus.PAID, false, "120.00", adj("PR", "3", "20.00"),
                adj("CO", "45", "30.50")), "20.00"));
        assertEquals(List.of(), rules(verdict(null, true, "-120.00", adj("PR", "3", "-20.00"),
                adj("CO", "45", "-30.50")), "-20.00"));
    }

    @Test
    void check_unbalancedDeniedWithPaymentAndShareMismatch_areEachNamed() {
        assertEquals(List.of("adjudication-unbalanced"), rules(verdict(ClaimStatus.PAID, false, "120.00",
                adj("CO", "45", "30.50")), null));
        assertEquals(List.of("denied-with-payment"), rules(verdict(ClaimStatus.DENIED, false, "10.00",
                adj("CO", "29", "160.50")), null));
        assertEquals(List.of("patient-share-mismatch"), rules(verdict(ClaimStatus.PAID, false, "120.00",
                adj("PR", "3", "20.00"), adj("CO", "45", "30.50")), "25.00"));
        assertEquals(List.of("adjudication-unbalanced"), rules(verdict(null, true, "-100.00",
                adj("CO", "45", "-30.50")), null), "a reversal backs out the whole charge");
    }
}
