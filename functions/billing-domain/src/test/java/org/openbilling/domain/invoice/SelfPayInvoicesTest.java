package org.openbilling.domain.invoice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openbilling.domain.codes.CodeSystem;
import org.openbilling.domain.common.EncounterId;
import org.openbilling.domain.common.Money;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.common.RuleViolationException;
import org.openbilling.domain.encounter.Coding;
import org.openbilling.domain.encounter.Encounter;
import org.openbilling.domain.encounter.EncounterDetails;
import org.openbilling.domain.encounter.EncounterStatus;
import org.openbilling.domain.encounter.Parties.Coverage;
import org.openbilling.domain.encounter.Procedure;

class SelfPayInvoicesTest {
    static final Instant NOW = Instant.parse("2026-11-12T15:00:00Z");
    static final LocalDate SERVICE = LocalDate.parse("2026-11-10");
    static final LocalDate TODAY = LocalDate.parse("2026-11-12");

    static Encounter anEncounter(Coverage coverage, List<String> diagnoses, List<Procedure> procedures) {
        EncounterDetails d = new EncounterDetails(null, coverage == null ? List.of() : List.of(coverage), null, null,
                null, null, null, null, null, null, null, SERVICE, null, "11");
        return Encounter.create(new EncounterId("e-1"), new PracticeId("p1"), d, new Coding(diagnoses, procedures), NOW);
    }

    static Procedure aProcedure(String code, String charge, LocalDate on) {
        return new Procedure(code, CodeSystem.CPT, List.of(), 1, Money.of(charge), List.of(1), on, null, null);
    }

    @Test
    void issue_codedSelfPay_billsEveryProcedureAtItsCharge() {
        Encounter e = anEncounter(null, List.of("E11.9"),
                List.of(aProcedure("99213", "125.00", null), aProcedure("83036", "45.50", LocalDate.parse("2026-11-11"))));
        Invoice v = SelfPayInvoices.issue(e, TODAY, 45, NOW);
        assertEquals("i-e-1", v.id().value());
        assertNull(v.claimId());
        assertEquals(Money.of("170.50"), v.amountDue());
        assertEquals(LocalDate.parse("2026-12-27"), v.dueOn());
        assertEquals(2, v.lines().size());
        assertEquals(SERVICE, v.lines().get(0).serviceDate());
        assertEquals(LocalDate.parse("2026-11-11"), v.lines().get(1).serviceDate());
        assertEquals("83036", v.lines().get(1).code());
    }

    @Test
    void issue_whenCovered_notCoded_orBilled_isRefusedByRule() {
        Coverage coverage = new Coverage("60054", "Aetna", "M1", null, null, null, null);
        assertEquals(SelfPayInvoices.HAS_COVERAGE, rule(anEncounter(coverage, List.of("E11.9"),
                List.of(aProcedure("99213", "125.00", null)))));
        assertEquals(SelfPayInvoices.NOT_CODED, rule(anEncounter(null, List.of(), List.of())));
        Encounter billed = anEncounter(null, List.of("E11.9"), List.of(aProcedure("99213", "125.00", null)))
                .withStatus(EncounterStatus.BILLED, NOW);
        assertEquals(SelfPayInvoices.ALREADY_BILLED, rule(billed));
    }

    @Test
    void idFor_isDeterministicAndAlwaysAValidId() {
        assertEquals(SelfPayInvoices.idFor(new EncounterId("e-1")), SelfPayInvoices.idFor(new EncounterId("e-1")));
        String longest = "e".repeat(64);
        String id = SelfPayInvoices.idFor(new EncounterId(longest)).value();
        assertTrue(id.length() <= 64 && id.startsWith("i-"), id);
    }

    private static String rule(Encounter e) {
        return assertThrows(RuleViolationException.class, () -> SelfPayInvoices.issue(e, TODAY, 30, NOW))
                .violations().get(0).rule();
    }
}
