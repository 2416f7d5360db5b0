package org.openbilling.domain.encounter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openbilling.domain.codes.CodeSystem;
import org.openbilling.domain.common.InvalidValueException;
import org.openbilling.domain.common.Ndc;
import org.openbilling.domain.common.Violation;
import org.openbilling.domain.common.Violations;

class CodingRulesTest {
    private static final LocalDate AFTER = LocalDate.of(2026, 11, 10);
    private static final LocalDate BEFORE = LocalDate.of(2014, 5, 1);

    @Test
    void diagnosisSystem_byDateAndShape_picksTheSystemThatExplainsTheProblem() {
        assertEquals(CodeSystem.ICD10CM, CodingRules.diagnosisSystem("E11.9", AFTER));
        assertEquals(CodeSystem.ICD9CM, CodingRules.diagnosisSystem("250.00", AFTER));
        assertEquals(CodeSystem.ICD9CM, CodingRules.diagnosisSystem("250.00", BEFORE));
        assertEquals(CodeSystem.ICD9CM, CodingRules.diagnosisSystem("V70.0", BEFORE));
        assertEquals(CodeSystem.ICD10CM, CodingRules.diagnosisSystem(" i10", BEFORE));
        assertEquals(CodeSystem.ICD9CM, CodingRules.diagnosisSystem("E849.0", BEFORE));
        assertEquals(CodeSystem.ICD10CM, CodingRules.diagnosisSystem("E11.9", BEFORE));
        assertEquals(CodeSystem.ICD10CM, CodingRules.diagnosisSystem("V43.52XA", BEFORE));
        assertEquals(CodeSystem.ICD10CM, CodingRules.diagnosisSystem(null, AFTER));
    }

    @Test
    void guessProcedureSystem_letterAndFourDigits_isHcpcs() {
        assertEquals(CodeSystem.HCPCS, CodingRules.guessProcedureSystem("J1100"));
        assertEquals(CodeSystem.CPT, CodingRules.guessProcedureSystem("99213"));
        assertEquals(CodeSystem.CPT, CodingRules.guessProcedureSystem("0362T"));
    }

    @Test
    void diagnosisPointers_eachProblem_isReportedAtItsPointer() {
        Violations v = new Violations();
        CodingRules.diagnosisPointers(Arrays.asList(1, 1, 3, null, 2), 2, "procedures[0].diagnosisPointers", v);
        assertEquals(List.of(
                new Violation("diagnosis-pointer-count", "procedures[0].diagnosisPointers", "a line points to 1 to 4 diagnoses (5 given)"),
                new Violation("diagnosis-pointer-duplicate", "procedures[0].diagnosisPointers[1]", "a line points to diagnosis 1 twice"),
                new Violation("diagnosis-pointer-out-of-range", "procedures[0].diagnosisPointers[2]", "pointer 3 names no diagnosis (there are 2)"),
                new Violation("diagnosis-pointer-out-of-range", "procedures[0].diagnosisPointers[3]", "pointer null names no diagnosis (there are 2)")),
                v.list());
    }

    @Test
    void diagnosisList_duplicate_isReportedAtTheSecondOccurrence() {
        Violations v = new Violations();
        CodingRules.diagnosisList(List.of("E11.9", "I10", "E11.9"), "diagnoses", v);
        assertEquals("duplicate-diagnosis", v.list().get(0).rule());
        assertEquals("diagnoses[2]", v.list().get(0).field());
    }

    @Test
    void ndc_elevenDigitsOrHyphenated542_isAcceptedWithoutHyphens() {
        assertEquals("00002143380", new Ndc("00002-1433-80").value());
        assertEquals("00002143380", new Ndc(" 00002143380 ").value());
        assertEquals("ndc-format", assertThrows(InvalidValueException.class, () -> new Ndc("0002-1433-80")).rule());
        assertEquals("ndc-format", assertThrows(InvalidValueException.class, () -> new Ndc("000021433-80")).rule());
        assertNull(Ndc.normalize("0000214338X"));
        assertTrue(Ndc.normalize(null) == null);
    }

    @Test
    void totalCharge_threeLinesOfTheLargestCharge_namesTheLineWhereTheSumGoesOver() {
        org.openbilling.domain.common.Money max = org.openbilling.domain.common.Money.of("999999999.99");
        Violations v = new Violations();
        CodingRules.totalCharge(Arrays.asList(max, null, max, max), "procedures", v);
        assertEquals(1, v.list().size());
        Violation found = v.list().get(0);
        assertEquals("money-out-of-range", found.rule());
        assertEquals("procedures[2].charge", found.field());

        Violations fine = new Violations();
        CodingRules.totalCharge(List.of(org.openbilling.domain.common.Money.of("499999999.99"),
                org.openbilling.domain.common.Money.of("500000000.00")), "procedures", fine);
        assertTrue(fine.isEmpty());
    }

    @Test
    void lineDates_endInTheFutureOrOwnDateInTheFuture_areRefusedOnTheLine() {
        LocalDate today = LocalDate.of(2026, 11, 28);
        Violations v = new Violations();
        CodingRules.lineDates(AFTER, AFTER, today.plusDays(1), null, today, "procedures[0].serviceDate",
                "procedures[0].serviceDateTo", v);
        CodingRules.lineDates(AFTER, today.plusDays(2), null, null, today, "procedures[1].serviceDate",
                "procedures[1].serviceDateTo", v);
        CodingRules.lineDates(AFTER, AFTER, null, null, today, "procedures[2].serviceDate", "procedures[2].serviceDateTo", v);
        assertEquals(List.of("service-date-in-future@procedures[0].serviceDateTo",
                "service-date-in-future@procedures[1].serviceDate"),
                v.list().stream().map(x -> x.rule() + "@" + x.field()).toList());
    }
}
