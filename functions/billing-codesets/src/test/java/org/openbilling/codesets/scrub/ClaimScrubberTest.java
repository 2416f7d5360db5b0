package org.openbilling.codesets.scrub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openbilling.codesets.scrub.ClaimBuilder.aVisitOn;
import static org.openbilling.codesets.scrub.ClaimBuilder.anOfficeVisitOn;
import static org.openbilling.codesets.scrub.ClaimBuilder.line;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openbilling.codesets.CodeSetTables;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimLine;
import org.openbilling.domain.claim.Warning;
import org.openbilling.domain.common.RuleViolationException;
import org.openbilling.domain.common.Violation;
import org.openbilling.domain.encounter.EncounterFactory;
import org.openbilling.domain.encounter.EncounterInput.AddressInput;
import org.openbilling.domain.encounter.EncounterInput.BillingProviderInput;
import org.openbilling.domain.encounter.EncounterInput.FacilityInput;
import org.openbilling.domain.encounter.EncounterInput.PersonInput;
import org.openbilling.domain.encounter.EncounterInput.ProcedureInput;
import org.openbilling.domain.encounter.EncounterInput.ProviderInput;
import org.openbilling.domain.encounter.EncounterInput;
import org.openbilling.domain.encounter.Parties.Sex;

/** The scrubber against the real code sets, NCCI, MUE and MCE tables (no fakes of them). */
class ClaimScrubberTest {
    private static final CodeSetTables CODES = CodeSetTables.load();
    private static final ClaimScrubber SCRUBBER = ClaimScrubber.of(CODES);
    /** A date of service in the newest ICD-10-CM edition held; NCCI/MUE (2024-07-01) do not cover it. */
    private static final LocalDate DOS = LocalDate.of(2026, 11, 10);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    /** The quarter the NCCI and MUE files cover (2024-07-01 to 2024-09-30); no ICD-10-CM edition held covers it. */
    private static final LocalDate NCCI_QUARTER = LocalDate.of(2024, 8, 1);

    private static ScrubResult scrub(Claim claim) {
        return SCRUBBER.scrub(claim, TODAY);
    }

    /** "rule@field" of each error, in order. */
    private static List<String> errors(ScrubResult r) {
        List<String> out = new ArrayList<>();
        for (Violation v : r.errors()) {
            out.add(v.rule() + "@" + v.field());
        }
        return out;
    }

    private static List<String> warnings(ScrubResult r) {
        List<String> out = new ArrayList<>();
        for (Warning w : r.warnings()) {
            out.add(w.rule() + "@" + w.field());
        }
        return out;
    }

    private static void assertOnlyError(ScrubResult r, String ruleAtField) {
        assertEquals(List.of(ruleAtField), errors(r), r.errors().toString());
    }

    // ------------------------------------------------------------------------------------------ clean claims

    @Test
    void scrub_typicalOfficeVisit_hasNoFindings() {
        ScrubResult r = scrub(anOfficeVisitOn(DOS).build());
        assertTrue(r.isClean(), r.toString());
        r.throwIfErrors();
    }

    @Test
    void scrub_icd9ClaimBeforeIcd10Start_isCleanOfCodeErrors() {
        ScrubResult r = scrub(aVisitOn(LocalDate.of(2014, 5, 1)).diagnoses("250.00", "401.9")
                .lines(line("99213").pointers(1, 2)).build());
        assertEquals(List.of(), errors(r), r.toString());
    }

    // ------------------------------------------------------------------------------------------ parties

    @Test
    void scrub_missingProviderIdsAndBirthDate_reportsEachAsRequired() {
        Claim claim = anOfficeVisitOn(DOS)
                .billingProvider(new org.openbilling.domain.encounter.Parties.BillingProvider(null, null, "Lakeside", null, null))
                .renderingProvider(new org.openbilling.domain.encounter.Parties.Provider(null, "Amara", "Okafor", null))
                .patient(null, Sex.F).build();
        assertEquals(List.of("required@billingProvider.npi", "required@billingProvider.taxId", "required@renderingProvider.npi",
                "required@patient.dateOfBirth"), errors(scrub(claim)));
    }

    @Test
    void encounterInput_withBadIdentifiers_isRejectedBeforeAClaimCanHoldThem() {
        // NPI, tax id, taxonomy and two-decimal money are value types: a Claim cannot hold a bad one, so the scrubber
        // does not re-check them; the encounter input is refused with the same rule ids and fields.
        EncounterInput in = new EncounterInput(
                new PersonInput("P-1", "Zelphira", "Quenneville", "1961-07-23", "F", null), null, null,
                new BillingProviderInput("1234567890", "12-34567", "Lakeside", "207Q00000", new AddressInput("1 Main", null, "Springfield", "IL", "62701")),
                new ProviderInput("3245319599", "Amara", "Okafor", "207Q00000X"), new ProviderInput("1245319598", "Ian", "Reed", null),
                new FacilityInput("12453195", "Clinic", new AddressInput("1 Main", null, "Springfield", "IL", "62701")),
                null, null, null, null, null, "2026-11-10", null, "11", List.of("E11.9"),
                List.of(new ProcedureInput("99213", "CPT", List.of(), 1, "125.005", List.of(1), null, null, null)));
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> new EncounterFactory(CODES).parse(in, TODAY));
        assertEquals(List.of("npi-check-digit@billingProvider.npi", "tax-id-format@billingProvider.taxId",
                "taxonomy-format@billingProvider.taxonomyCode", "npi-format@renderingProvider.npi", "npi-check-digit@referringProvider.npi",
                "npi-format@serviceFacility.npi", "money-format@procedures[0].charge"),
                e.violations().stream().map(v -> v.rule() + "@" + v.field()).toList());
    }

    // ------------------------------------------------------------------------------------------ diagnoses

    @Test
    void scrub_withoutDiagnoses_isRejected() {
        ScrubResult r = scrub(aVisitOn(DOS).diagnoses().lines(line("99213").pointers(1)).build());
        assertEquals(List.of("required@diagnoses", "diagnosis-pointer-out-of-range@procedures[0].diagnosisPointers[0]"), errors(r));
    }

    @Test
    void scrub_thirteenDiagnoses_isTooMany() {
        ScrubResult r = scrub(aVisitOn(DOS).diagnoses("E11.9", "I10", "E78.5", "E66.9", "J45.909", "K21.9", "M54.50", "F41.1",
                "G47.33", "N18.30", "R53.83", "Z79.4", "E55.9").lines(line("99213")).build());
        assertOnlyError(r, "too-many-diagnoses@diagnoses");
    }

    @Test
    void scrub_duplicateDiagnosis_isReportedAtTheSecond() {
        assertOnlyError(scrub(aVisitOn(DOS).diagnoses("E11.9", "I10", "E11.9").lines(line("99213")).build()),
                "duplicate-diagnosis@diagnoses[2]");
    }

    @Test
    void scrub_headerDiagnosis_isNotBillable() {
        ScrubResult r = scrub(aVisitOn(DOS).diagnoses("I10", "E11").lines(line("99213").pointers(1, 2)).build());
        assertOnlyError(r, "code-not-billable@diagnoses[1]");
    }

    @Test
    void scrub_unknownDiagnosis_isNotInEdition() {
        assertOnlyError(scrub(aVisitOn(DOS).diagnoses("E11.9", "Q99.7").lines(line("99213")).build()),
                "code-not-in-edition@diagnoses[1]");
    }

    @Test
    void scrub_icd9CodeAfterIcd10Start_isRejectedForTheDate() {
        assertOnlyError(scrub(aVisitOn(DOS).diagnoses("250.00").lines(line("99213")).build()),
                "icd9-after-icd10-start@diagnoses[0]");
    }

    @Test
    void scrub_icd10CodeBeforeIcd10Start_isRejectedForTheDate() {
        assertOnlyError(scrub(aVisitOn(LocalDate.of(2014, 5, 1)).diagnoses("E11.9").lines(line("99213")).build()),
                "icd10cm-before-icd10-start@diagnoses[0]");
    }

    @Test
    void scrub_lineOnAnotherDate_checksItsDiagnosesOnThatDate() {
        // FY2025 is the oldest ICD-10-CM edition held: a line on 2024-09-30 cannot confirm the diagnosis it points to.
        ScrubResult r = scrub(aVisitOn(LocalDate.of(2024, 10, 1)).serviceDateTo(LocalDate.of(2024, 10, 2))
                .lines(line("99213"), line("83036").on(LocalDate.of(2024, 9, 30))).build());
        assertOnlyError(r, "edition-not-held@diagnoses[0]");
        assertTrue(r.errors().get(0).message().startsWith("line 2 on 2024-09-30: "), r.errors().get(0).message());
    }

    // ------------------------------------------------------------------------------------------ lines

    @Test
    void scrub_withoutLines_isRejected() {
        assertOnlyError(scrub(aVisitOn(DOS).build()), "required@procedures");
    }

    @Test
    void scrub_lineWithADiagnosisSystem_isNotAProcedure() {
        Claim c = aVisitOn(DOS).lines(line("99213")).build();
        ClaimLine l = c.lines().get(0);
        Claim wrong = c.withBilled(c.billed().withLines(List.of(new ClaimLine(1, l.code(), "ICD10CM", l.modifiers(),
                l.units(), l.charge(), l.diagnosisPointers(), l.serviceDate(), null, null, null))));
        assertOnlyError(scrub(wrong), "procedure-system@procedures[0].system");
    }

    @Test
    void scrub_pointerToMissingDiagnosis_isOutOfRange() {
        assertOnlyError(scrub(anOfficeVisitOn(DOS).lines(line("81002").pointers(2, 3)).build()),
                "diagnosis-pointer-out-of-range@procedures[4].diagnosisPointers[1]");
    }

    @Test
    void scrub_fivePointersOrNone_isWrongCount() {
        ScrubResult r = scrub(aVisitOn(DOS).diagnoses("E11.9", "I10", "E78.5", "E66.9", "R53.83")
                .lines(line("99213").pointers(1, 2, 3, 4, 5), line("83036").pointers()).build());
        assertEquals(List.of("diagnosis-pointer-count@procedures[0].diagnosisPointers", "diagnosis-pointer-count@procedures[1].diagnosisPointers"),
                errors(r));
    }

    @Test
    void scrub_samePointerTwice_isDuplicate() {
        assertOnlyError(scrub(aVisitOn(DOS).lines(line("99213").pointers(1, 2, 1)).build()),
                "diagnosis-pointer-duplicate@procedures[0].diagnosisPointers[2]");
    }

    @Test
    void scrub_malformedProcedureCode_isReportedAtTheCode() {
        assertOnlyError(scrub(anOfficeVisitOn(DOS).lines(line("9921")).build()), "cpt-format@procedures[4].code");
    }

    @Test
    void scrub_terminatedHcpcsCode_isReportedAtTheCode() {
        // G0106 (colorectal cancer screening by barium enema) ended 2024-12-31.
        ScrubResult r = scrub(anOfficeVisitOn(DOS).lines(line("G0106")).build());
        assertOnlyError(r, "code-terminated@procedures[4].code");
    }

    @Test
    void scrub_unknownModifier_isReportedAtTheModifier() {
        assertOnlyError(scrub(aVisitOn(DOS).lines(line("83036").modifiers("ZZ")).build()), "code-not-in-edition@procedures[0].modifiers[0]");
        // QQ ended 2024-12-31
        assertOnlyError(scrub(aVisitOn(DOS).lines(line("83036").modifiers("QQ")).build()), "code-terminated@procedures[0].modifiers[0]");
    }

    @Test
    void scrub_zeroCharge_isNotPositive() {
        assertOnlyError(scrub(aVisitOn(DOS).lines(line("99213"), line("83036").charge("0.00")).build()), "charge-not-positive@procedures[1].charge");
    }

    @Test
    void scrub_zeroUnits_isOutOfRange() {
        assertOnlyError(scrub(aVisitOn(DOS).lines(line("83036").units(0)).build()), "units-out-of-range@procedures[0].units");
    }

    @Test
    void scrub_ndcOfTenDigits_isMalformed() {
        ScrubResult r = scrub(aVisitOn(DOS).lines(line("J1100").ndc("0009-0047-01"), line("96372").ndc("00009004701")).build());
        assertOnlyError(r, "ndc-format@procedures[0].ndc");
    }

    @Test
    void scrub_fiftyOneLines_isTooMany() {
        ClaimBuilder b = aVisitOn(LocalDate.of(2026, 9, 1));
        for (int i = 0; i < 51; i++) {
            b.lines(line("97110").on(LocalDate.of(2026, 9, 1).plusDays(i)));
        }
        assertOnlyError(scrub(b.build()), "too-many-lines@procedures");
    }

    // ------------------------------------------------------------------------------------------ dates

    @Test
    void scrub_serviceDateAfterToday_isInTheFuture() {
        ScrubResult r = SCRUBBER.scrub(anOfficeVisitOn(DOS).build(), DOS.minusDays(1));
        assertOnlyError(r, "service-date-in-future@serviceDate");
    }

    @Test
    void scrub_lineDateAfterToday_isReportedAtTheLine() {
        ScrubResult r = scrub(aVisitOn(DOS).lines(line("99213"), line("83036").on(TODAY.plusDays(1))).build());
        assertOnlyError(r, "service-date-in-future@procedures[1].serviceDate");
    }

    @Test
    void scrub_serviceBeforeBirth_isRejected() {
        ScrubResult r = scrub(anOfficeVisitOn(DOS).patient(DOS.plusDays(1), Sex.F).build());
        assertOnlyError(r, "service-before-birth@serviceDate");
    }

    @Test
    void scrub_dateRangesOutOfOrder_areReportedAtTheirEnd() {
        ScrubResult r = scrub(aVisitOn(DOS).serviceDateTo(DOS.minusDays(1))
                .lines(line("99213"), line("83036").on(DOS.minusDays(3)).to(DOS.minusDays(4))).build());
        assertEquals(List.of("service-date-range@serviceDateTo", "service-date-range@procedures[1].serviceDateTo"), errors(r));
    }

    // ------------------------------------------------------------------------------------------ modifiers

    @Test
    void scrub_fiveModifiers_isTooMany() {
        assertOnlyError(scrub(aVisitOn(DOS).lines(line("20610").modifiers("RT", "76", "77", "GA", "KX")).build()),
                "too-many-modifiers@procedures[0].modifiers");
    }

    @Test
    void scrub_sameModifierTwice_isDuplicate() {
        assertOnlyError(scrub(aVisitOn(DOS).lines(line("20610").modifiers("RT", "rt")).build()), "modifier-duplicate@procedures[0].modifiers[1]");
    }

    @Test
    void scrub_59WithXModifier_isRejectedAt59() {
        ScrubResult r = scrub(aVisitOn(DOS).lines(line("82947").modifiers("XS", "59")).build());
        assertEquals(List.of("modifier-59-with-x@procedures[0].modifiers[1]"), errors(r));
    }

    @Test
    void scrub_twoXModifiers_isRejectedAtTheSecond() {
        ScrubResult r = scrub(aVisitOn(DOS).lines(line("82947").modifiers("XE", "XU")).build());
        assertEquals(List.of("modifier-x-multiple@procedures[0].modifiers[1]"), errors(r));
    }

    @Test
    void scrub_distinctServiceModifierOnEm_isRejected() {
        ScrubResult r = scrub(aVisitOn(DOS).lines(line("99213").modifiers("25", "59"), line("99214").modifiers("XP")).build());
        assertEquals(List.of("modifier-distinct-service-on-em@procedures[0].modifiers[1]",
                "modifier-distinct-service-on-em@procedures[1].modifiers[0]"), errors(r));
    }

    @Test
    void scrub_leftAndRightOnOneLine_isRejected() {
        assertOnlyError(scrub(aVisitOn(DOS).lines(line("20610").modifiers("LT", "RT")).build()), "modifier-lt-with-rt@procedures[0].modifiers[1]");
    }

    // ------------------------------------------------------------------------------------------ NCCI

    @Test
    void scrub_ncciIndicator0PairInItsQuarter_isAnErrorEvenWith59() {
        // 80048 (basic metabolic panel) is part of 80053 (comprehensive): modifier indicator 0.
        ScrubResult r = scrub(aVisitOn(NCCI_QUARTER).lines(line("80053"), line("80048").modifiers("59")).build());
        List<String> found = errors(r);
        assertTrue(found.contains("ncci-ptp-not-allowed@procedures[1].code"), found.toString());
        // The quarter has no ICD-10-CM edition held: the diagnoses cannot be confirmed, which is the only other finding.
        assertEquals(List.of("edition-not-held@diagnoses[0]", "edition-not-held@diagnoses[1]", "ncci-ptp-not-allowed@procedures[1].code"), found);
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
        Violation ncci = r.errors().get(2);
        assertTrue(ncci.message().contains("80048 (line 2) is bundled into 80053 (line 1) on 2024-08-01"), ncci.message());
        assertTrue(ncci.message().endsWith("(NCCI PTP practitioner 2024-07-01)"), ncci.message());
    }

    @Test
    void scrub_ncciPairAfterItsQuarter_isAWarningNamingTheEdition() {
        ScrubResult r = scrub(aVisitOn(DOS).lines(line("80053"), line("80048")).build());
        assertEquals(List.of(), errors(r));
        assertEquals(List.of("ncci-ptp-not-allowed@procedures[1].code"), warnings(r));
        assertTrue(r.warnings().get(0).message().endsWith("NCCI PTP practitioner 2024-07-01 (current 2024-07-01 to 2024-09-30) "
                + "does not cover 2026-11-10; checked against it anyway"), r.warnings().get(0).message());
    }

    @Test
    void scrub_ncciIndicator1PairWithoutModifier_needsOneOnColumn2() {
        // 82947 (glucose) is in the 80053 panel; modifier indicator 1.
        ScrubResult r = scrub(aVisitOn(NCCI_QUARTER).lines(line("80053"), line("82947").modifiers("59").on(NCCI_QUARTER)).build());
        assertFalse(errors(r).stream().anyMatch(e -> e.startsWith("ncci")), r.toString());
        r = scrub(aVisitOn(NCCI_QUARTER).lines(line("80053"), line("82947").modifiers("XU")).build());
        assertFalse(errors(r).stream().anyMatch(e -> e.startsWith("ncci")), r.toString());
        // on the column-1 code the modifier does not count
        r = scrub(aVisitOn(NCCI_QUARTER).lines(line("80053").modifiers("59"), line("82947")).build());
        assertTrue(errors(r).contains("ncci-ptp-modifier-required@procedures[1].modifiers"), r.toString());
    }

    @Test
    void scrub_ncciPairOnDifferentDates_passes() {
        ScrubResult r = scrub(aVisitOn(DOS).serviceDateTo(DOS.plusDays(1)).lines(line("80053"), line("80048").on(DOS.plusDays(1))).build());
        assertTrue(r.isClean(), r.toString());
    }

    @Test
    void scrub_ncciEmColumn2_passesWith25() {
        // 20610 (joint injection) bundles 99213 unless the visit was separately identifiable (25); 59 is not for E/M.
        assertEquals(List.of("ncci-ptp-modifier-required@procedures[1].modifiers"),
                warnings(scrub(aVisitOn(DOS).lines(line("20610"), line("99213")).build())));
        assertTrue(scrub(aVisitOn(DOS).lines(line("20610"), line("99213").modifiers("25")).build()).isClean());
    }

    // ------------------------------------------------------------------------------------------ MUE

    @Test
    void scrub_unitsOverMueSummedOverLinesInItsQuarter_isAnError() {
        ScrubResult r = scrub(aVisitOn(NCCI_QUARTER).lines(line("83036"), line("99213"), line("83036")).build());
        assertTrue(errors(r).contains("mue-units-exceeded@procedures[0].units"), r.toString());
        Violation mue = r.errors().get(errors(r).indexOf("mue-units-exceeded@procedures[0].units"));
        assertEquals("83036: 2 units on 2024-08-01 (lines 1, 3) exceed the MUE of 1 per day (MAI 2, Code Descriptor / CPT Instruction)"
                + " (NCCI MUE practitioner 2024-07-01)", mue.message());
    }

    @Test
    void scrub_unitsOverMueAfterItsQuarter_isAWarning() {
        ScrubResult r = scrub(aVisitOn(DOS).lines(line("99213").units(3)).build());
        assertEquals(List.of(), errors(r));
        assertEquals(List.of("mue-units-exceeded@procedures[0].units"), warnings(r));
        assertTrue(r.warnings().get(0).message().contains("does not cover 2026-11-10"), r.warnings().get(0).message());
    }

    @Test
    void scrub_sameCodeOnDifferentDays_isCountedPerDay() {
        ScrubResult r = scrub(aVisitOn(DOS).serviceDateTo(DOS.plusDays(1)).lines(line("83036"), line("83036").on(DOS.plusDays(1))).build());
        assertTrue(r.isClean(), r.toString());
    }

    // ------------------------------------------------------------------------------------------ MCE

    @Test
    void scrub_diagnosisForTheOtherSexAndAge_isAWarning() {
        ScrubResult r = scrub(aVisitOn(DOS).patient(LocalDate.of(1956, 3, 2), Sex.M).diagnoses("O80", "I10")
                .lines(line("99213").pointers(1, 2)).build());
        assertEquals(List.of(), errors(r));
        // O80 also asks for the outcome of delivery (use additional code Z37.0): the Tabular's instruction, a warning
        assertEquals(List.of("mce-age-conflict@diagnoses[0]", "mce-sex-conflict@diagnoses[0]", "use-additional-code-missing@diagnoses[0]"),
                warnings(r).stream().sorted().toList());
        assertTrue(r.warnings().get(0).message().contains("MCE v41.1 (FY2024)"), r.warnings().get(0).message());
        assertTrue(r.warnings().get(0).message().endsWith("does not cover 2026-11-10; checked against it anyway"), r.warnings().get(0).message());
    }

    @Test
    void scrub_maleOnlyDiagnosisForAWoman_isAWarning() {
        ScrubResult r = scrub(aVisitOn(DOS).diagnoses("I10", "C61").lines(line("99213").pointers(1, 2)).build());
        assertEquals(List.of("mce-sex-conflict@diagnoses[1]"), warnings(r));
    }

    @Test
    void scrub_adultDiagnosisForAChild_isAWarning() {
        ScrubResult r = scrub(aVisitOn(DOS).patient(LocalDate.of(2014, 6, 1), Sex.F).diagnoses("F01.50")
                .lines(line("99213")).build());
        assertEquals(List.of("mce-age-conflict@diagnoses[0]"), warnings(r));
        assertTrue(r.warnings().get(0).message().contains("patient is 12"), r.warnings().get(0).message());
    }

    @Test
    void scrub_manifestationCodeListedFirst_isAWarning() {
        ScrubResult r = scrub(aVisitOn(DOS).diagnoses("E08.21", "N18.30").lines(line("99213").pointers(1, 2)).build());
        // the Tabular's "code first the underlying condition" of E08 says the same, as its own warning
        assertEquals(List.of("mce-manifestation-first@diagnoses[0]", "code-first-sequence@diagnoses[0]"), warnings(r));
        assertTrue(scrub(aVisitOn(DOS).diagnoses("N18.30", "E08.21").lines(line("99213").pointers(1, 2)).build()).isClean());
    }

    // ------------------------------------------------------------------------------------------ everything at once

    @Test
    void scrub_claimWithManyProblems_reportsAllOfThemWithTheirFields() {
        Claim claim = aVisitOn(DOS).diagnoses("E11", "I10", "I10")
                .lines(line("99213").modifiers("59").pointers(1, 4),
                        line("83036").charge("0.00").units(2),
                        line("80053"),
                        line("80048").on(TODAY.plusDays(2)),
                        line("20610").modifiers("LT", "RT", "XS", "XE", "59").ndc("123"))
                .build();
        ScrubResult r = scrub(claim);
        assertEquals(List.of(
                "code-not-billable@diagnoses[0]",
                "duplicate-diagnosis@diagnoses[2]",
                "modifier-distinct-service-on-em@procedures[0].modifiers[0]",
                "diagnosis-pointer-out-of-range@procedures[0].diagnosisPointers[1]",
                "charge-not-positive@procedures[1].charge",
                "service-date-in-future@procedures[3].serviceDate",
                "too-many-modifiers@procedures[4].modifiers",
                "modifier-x-multiple@procedures[4].modifiers[3]",
                "modifier-59-with-x@procedures[4].modifiers[4]",
                "modifier-lt-with-rt@procedures[4].modifiers[1]",
                "ndc-format@procedures[4].ndc"), errors(r));
        // LT is a HCPCS Level II modifier, newest quarter held 2025-10; 20610 bundles 99213 unless it carries 25; 83036 is 1 a day
        assertEquals(List.of("edition-stale@procedures[4].modifiers[0]", "ncci-ptp-modifier-required@procedures[0].modifiers",
                "mue-units-exceeded@procedures[1].units"), warnings(r));
        RuleViolationException e = assertThrows(RuleViolationException.class, r::throwIfErrors);
        assertEquals(r.errors(), e.violations());
    }
}
