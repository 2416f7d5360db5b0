package org.openbilling.codesets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openbilling.domain.codes.Code;
import org.openbilling.domain.codes.CodeIssue;
import org.openbilling.domain.codes.CodeSystem;
import org.openbilling.domain.codes.CodeValidation;

class CodeSetTablesTest {
    private static final CodeSetTables CODES = CodeSetTables.load();
    private static final LocalDate FY2025 = LocalDate.of(2025, 3, 1);
    private static final LocalDate FY2026 = LocalDate.of(2026, 3, 1);
    private static final LocalDate FY2027 = LocalDate.of(2026, 11, 10);

    private static CodeValidation icd10(String code, LocalDate on) {
        return CODES.validate(CodeSystem.ICD10CM, code, on);
    }

    private static boolean hasRule(CodeValidation v, String rule) {
        return v.issues().stream().anyMatch(i -> i.rule().equals(rule));
    }

    private static List<String> codes(List<Code> list) {
        return list.stream().map(Code::code).toList();
    }

    @Test
    void validate_whenBillableCode_isValidWithTitleAndEdition() {
        CodeValidation v = icd10("E11.9", FY2027);
        assertTrue(v.valid());
        assertTrue(v.billable());
        assertEquals("Type 2 diabetes mellitus without complications", v.display());
        assertEquals("ICD-10-CM FY2027", v.edition());
        assertTrue(v.issues().isEmpty());
        assertEquals("ICD-10-CM FY2025", icd10("E11.9", FY2025).edition());
        assertEquals("ICD-10-CM FY2026", icd10("E11.9", FY2026).edition());
    }

    @Test
    void validate_whenHeaderCode_isValidNotBillableWithChildren() {
        CodeValidation v = icd10("E11", FY2026);
        assertTrue(v.valid());
        assertFalse(v.billable());
        assertTrue(hasRule(v, "code-not-billable"));
        assertFalse(v.suggestions().isEmpty());
        assertTrue(v.suggestions().size() <= 20);
        assertTrue(v.suggestions().stream().allMatch(c -> c.billable() && c.code().startsWith("E11.")));
    }

    @Test
    void validate_whenCodeBecameHeader_judgesByEditionInForce() {
        CodeValidation fy2025 = icd10("G35", FY2025);
        assertTrue(fy2025.valid());
        assertTrue(fy2025.billable());
        CodeValidation fy2026 = icd10("G35", FY2026);
        assertTrue(fy2026.valid());
        assertFalse(fy2026.billable());
        assertTrue(codes(fy2026.suggestions()).contains("G35.A"));
    }

    @Test
    void validate_whenCodeDeletedInFy2027_isValidBeforeAndNotAfterWithSuccessors() {
        assertTrue(icd10("T52.8X1A", LocalDate.of(2026, 9, 30)).valid());
        CodeValidation v = icd10("T52.8X1A", LocalDate.of(2026, 10, 1));
        assertFalse(v.valid());
        assertEquals("ICD-10-CM FY2027", v.edition());
        assertTrue(hasRule(v, "code-not-in-edition"));
        assertTrue(v.hasErrors());
        assertFalse(v.suggestions().isEmpty());
        assertTrue(v.suggestions().stream().allMatch(c -> c.code().startsWith("T52.")), v.suggestions().toString());
        // The FY2027 code with the same title and 7th character comes first.
        assertEquals("T52.891A", v.suggestions().get(0).code(), v.suggestions().toString());
        assertTrue(codes(v.suggestions()).contains("T52.811A"));
    }

    @Test
    void validate_whenCodeAddedInFy2027_isInvalidBeforeAndValidAfter() {
        CodeValidation before = icd10("J4B", FY2026);
        assertFalse(before.valid());
        assertTrue(hasRule(before, "code-not-in-edition"));
        CodeValidation after = icd10("J4B", FY2027);
        assertTrue(after.valid());
        assertTrue(after.billable());
        assertEquals("Pulmonary mycetoma", after.display());
        assertTrue(icd10("QA1.71", FY2027).valid());
        assertFalse(icd10("QA1.71", FY2026).valid());
        assertTrue(codes(icd10("T52.811A", FY2026).suggestions()).contains("T52.8X1A"));
    }

    @Test
    void validate_whenBillableStatusChangedInFy2027_isHeaderFromThen() {
        assertTrue(icd10("I42.0", FY2026).billable());
        CodeValidation v = icd10("I42.0", FY2027);
        assertTrue(v.valid());
        assertFalse(v.billable());
        assertTrue(codes(v.suggestions()).contains("I42.00"));
    }

    @Test
    void validate_whenTitleRevisedInFy2027_showsNewTitle() {
        assertEquals("Carbuncle of back [any part, except buttock]", icd10("L02.232", FY2026).display());
        assertEquals("Carbuncle of back [any part, except buttock and flank]", icd10("L02.232", FY2027).display());
    }

    @Test
    void validate_normalizesDotlessLowercaseAndSpaces() {
        for (String input : List.of("E119", " e11.9 ", "e 1 1 9", "E11.9")) {
            CodeValidation v = icd10(input, FY2027);
            assertTrue(v.valid(), input);
            assertEquals("E11.9", v.normalized(), input);
            assertEquals(input, v.code());
        }
        assertEquals("T52.8X1A", icd10("t528x1a", FY2026).normalized());
        assertTrue(icd10("t528x1a", FY2026).valid());
    }

    @Test
    void validate_whenMalformed_reportsFormatRuleWithoutThrowing() {
        for (String input : List.of("", "E", "11.9", "E1.19", "E11.9.1", "E11-9", "E11.99999", "25000")) {
            CodeValidation v = icd10(input, FY2027);
            assertFalse(v.valid(), input);
            assertTrue(v.issues().stream().anyMatch(i -> i.severity() == CodeIssue.Severity.ERROR && i.rule().endsWith("format")), input);
        }
        assertFalse(icd10(null, FY2027).valid());
        assertFalse(CODES.validate(CodeSystem.HCPCS, null, null).valid());
        assertTrue(CODES.validate(null, "E11.9", FY2027).hasErrors());
    }

    @Test
    void validate_handlesPlaceholdersLettersAndUCodes() {
        CodeValidation skull = icd10("S02.0XXA", FY2027);
        assertTrue(skull.valid() && skull.billable());
        assertEquals("S02.0XXA", icd10("s020xxa", FY2027).normalized());
        CodeValidation missingX = icd10("S02.0A", FY2027);
        assertFalse(missingX.valid());
        assertEquals("S02.0XXA", missingX.suggestions().get(0).code());
        assertTrue(icd10("G35.B0", FY2026).billable()); // letter in position 4
        assertTrue(icd10("M86.8X1", FY2026).billable());
        CodeValidation covid = icd10("U07.1", FY2027);
        assertTrue(covid.valid() && covid.billable());
        assertEquals("COVID-19", covid.display());
    }

    @Test
    void validate_whenUnknownCode_suggestsNearestAncestor() {
        CodeValidation v = icd10("E11.99", FY2027);
        assertFalse(v.valid());
        assertTrue(hasRule(v, "code-not-in-edition"));
        assertEquals(List.of("E11.9"), codes(v.suggestions()));
    }

    @Test
    void validate_whenDateOutsideEditionsHeld_errorsBeforeAndWarnsAfter() {
        CodeValidation before = icd10("E11.9", LocalDate.of(2020, 1, 1));
        assertFalse(before.valid());
        assertTrue(hasRule(before, "edition-not-held"));
        assertTrue(before.issues().get(0).message().contains("FY2025"));
        CodeValidation after = icd10("E11.9", LocalDate.of(2027, 10, 1));
        assertTrue(after.valid());
        assertEquals("ICD-10-CM FY2027", after.edition());
        assertTrue(after.issues().stream().anyMatch(i -> i.rule().equals("edition-stale") && i.severity() == CodeIssue.Severity.WARNING));
        assertFalse(after.hasErrors());
        CodeValidation icd9Era = icd10("E11.9", LocalDate.of(2014, 5, 1));
        assertTrue(hasRule(icd9Era, "icd10cm-before-icd10-start"));
        assertTrue(codes(icd9Era.suggestions()).contains("250.00"));
    }

    @Test
    void validate_icd9_validBeforeIcd10StartAndSuggestsGemsAfter() {
        CodeValidation v = CODES.validate(CodeSystem.ICD9CM, "250.00", LocalDate.of(2014, 5, 1));
        assertTrue(v.valid() && v.billable());
        assertEquals("ICD-9-CM v32", v.edition());
        assertTrue(v.display().startsWith("Diabetes mellitus without mention of complication"));
        assertEquals("250.00", CODES.validate(CodeSystem.ICD9CM, "25000", LocalDate.of(2014, 5, 1)).normalized());
        CodeValidation after = CODES.validate(CodeSystem.ICD9CM, "25000", LocalDate.of(2016, 1, 1));
        assertFalse(after.valid());
        assertTrue(hasRule(after, "icd9-after-icd10-start"));
        assertTrue(codes(after.suggestions()).contains("E11.9"), after.suggestions().toString());
        assertTrue(CODES.validate(CodeSystem.ICD9CM, "v70.0", LocalDate.of(2014, 5, 1)).valid());
        assertEquals("V70.0", CODES.validate(CodeSystem.ICD9CM, "V700", LocalDate.of(2014, 5, 1)).normalized());
        assertTrue(CODES.validate(CodeSystem.ICD9CM, "E849.0", LocalDate.of(2014, 5, 1)).valid());
        assertEquals("E849.0", CODES.validate(CodeSystem.ICD9CM, "E8490", LocalDate.of(2014, 5, 1)).normalized());
        CodeValidation category = CODES.validate(CodeSystem.ICD9CM, "250", LocalDate.of(2014, 5, 1));
        assertTrue(category.valid());
        assertFalse(category.billable());
        assertTrue(CODES.validate(CodeSystem.ICD9CM, "25", LocalDate.of(2014, 5, 1)).issues().get(0).rule().endsWith("format"));
    }

    @Test
    void validate_hcpcs_byAddAndTerminationDates() {
        CodeValidation g = CODES.validate(CodeSystem.HCPCS, "g0439", LocalDate.of(2025, 11, 1));
        assertTrue(g.valid() && g.billable());
        assertEquals("HCPCS 2025-10", g.edition());
        assertTrue(g.issues().isEmpty());
        // A9155 has TERM DT 2025-03-31.
        assertTrue(CODES.validate(CodeSystem.HCPCS, "A9155", LocalDate.of(2025, 3, 31)).valid());
        CodeValidation ended = CODES.validate(CodeSystem.HCPCS, "A9155", LocalDate.of(2025, 4, 1));
        assertFalse(ended.valid());
        assertTrue(hasRule(ended, "code-terminated"));
        CodeValidation stale = CODES.validate(CodeSystem.HCPCS, "G0439", LocalDate.of(2026, 11, 10));
        assertTrue(stale.valid());
        assertTrue(hasRule(stale, "edition-stale"));
        assertFalse(stale.hasErrors());
        assertTrue(hasRule(CODES.validate(CodeSystem.HCPCS, "99213", FY2026), "hcpcs-format"));
    }

    @Test
    void validate_modifiers_fromHcpcsAndCpt() {
        for (String m : List.of("25", "59", "XS", "LT", "lt")) {
            CodeValidation v = CODES.validate(CodeSystem.MODIFIER, m, LocalDate.of(2025, 11, 1));
            assertTrue(v.valid(), m);
        }
        assertEquals("", CODES.validate(CodeSystem.MODIFIER, "25", FY2026).display());
        assertEquals("", CODES.validate(CodeSystem.MODIFIER, "P1", FY2026).display());
        assertFalse(CODES.validate(CodeSystem.MODIFIER, "LT", FY2026).display().isEmpty());
        assertTrue(hasRule(CODES.validate(CodeSystem.MODIFIER, "L", FY2026), "modifier-format"));
        assertFalse(CODES.validate(CodeSystem.MODIFIER, "ZZ", FY2026).valid());
    }

    @Test
    void validate_cpt_byFormatWithEmptyDisplay() {
        CodeValidation v = CODES.validate(CodeSystem.CPT, "99213", FY2026);
        assertTrue(v.valid() && v.billable());
        assertEquals("", v.display());
        assertTrue(v.issues().isEmpty());
        assertEquals("CPT (CMS PFS 2024-07 code list)", v.edition());
        assertTrue(hasRule(CODES.validate(CodeSystem.CPT, "9921", FY2026), "cpt-format"));
        assertTrue(CODES.validate(CodeSystem.CPT, "0001F", FY2026).valid());
        assertTrue(CODES.validate(CodeSystem.CPT, "0042T", FY2026).valid());
        CodeValidation unknown = CODES.validate(CodeSystem.CPT, "99999", FY2026);
        assertTrue(unknown.valid());
        assertTrue(hasRule(unknown, "cpt-not-in-fee-schedule"));
        assertFalse(unknown.hasErrors());
        assertTrue(hasRule(CODES.validate(CodeSystem.CPT, "G0439", FY2026), "cpt-format"));
    }

    @Test
    void lookup_returnsCodeOnlyWhenValid() {
        Code c = CODES.lookup(CodeSystem.ICD10CM, "e119", FY2027).orElseThrow();
        assertEquals("E11.9", c.code());
        assertTrue(c.billable());
        assertTrue(CODES.lookup(CodeSystem.ICD10CM, "T52.8X1A", FY2027).isEmpty());
        assertEquals(LocalDate.of(2026, 9, 30), CODES.lookup(CodeSystem.ICD10CM, "T52.8X1A", FY2026).orElseThrow().validTo());
        assertEquals("", CODES.lookup(CodeSystem.CPT, "99213", FY2026).orElseThrow().display());
        assertTrue(CODES.lookup(CodeSystem.ICD10CM, "bogus!", FY2026).isEmpty());
    }

    @Test
    void search_ranksBillableFullestMatchFirst() {
        List<Code> found = CODES.search(CodeSystem.ICD10CM, "type 2 diabetes without complications", LocalDate.of(2026, 11, 10), 10);
        assertFalse(found.isEmpty());
        assertEquals("E11.9", found.get(0).code(), found.toString());
        assertTrue(found.size() <= 10);
        List<Code> prefix = CODES.search(CodeSystem.ICD10CM, "diab mell", FY2027, 5);
        assertTrue(prefix.stream().allMatch(c -> c.display().toLowerCase().contains("diab")));
    }

    @Test
    void search_onlyEditionInForceAndByCode() {
        assertTrue(codes(CODES.search(CodeSystem.ICD10CM, "pulmonary mycetoma", FY2027, 5)).contains("J4B"));
        assertFalse(codes(CODES.search(CodeSystem.ICD10CM, "pulmonary mycetoma", FY2026, 5)).contains("J4B"));
        assertEquals("E11.9", CODES.search(CodeSystem.ICD10CM, "E11.9", FY2027, 5).get(0).code());
        assertEquals("E11", CODES.search(CodeSystem.ICD10CM, "e11", FY2027, 5).get(0).code());
        List<Code> cpt = CODES.search(CodeSystem.CPT, "9921", FY2026, 10);
        assertTrue(codes(cpt).contains("99213"));
        assertTrue(cpt.stream().allMatch(c -> c.display().isEmpty()));
        assertTrue(CODES.search(CodeSystem.CPT, "office visit", FY2026, 10).isEmpty());
        assertFalse(CODES.search(CodeSystem.HCPCS, "wellness visit", FY2026, 10).isEmpty());
        assertTrue(CODES.search(CodeSystem.ICD10CM, "", FY2026, 10).isEmpty());
        assertTrue(CODES.search(CodeSystem.ICD10CM, "zzzzqqq", FY2026, 10).isEmpty());
    }

    // ------------------------------------------------------------------------------------------ characters of the system

    private static CodeIssue first(CodeValidation v) {
        return v.issues().get(0);
    }

    @Test
    void validate_letterWhereIcd10cmHasADigit_isFormatErrorSuggestingTheIntendedCode() {
        for (String[] typedAndMeant : new String[][]{{"E1O.9", "E10.9"}, {"I1O", "I10"}, {"J45.9O9", "J45.909"}, {"EI1.9", "E11.9"}}) {
            CodeValidation v = icd10(typedAndMeant[0], FY2027);
            assertFalse(v.valid(), typedAndMeant[0]);
            assertEquals("icd10cm-format", first(v).rule(), v.toString());
            assertEquals(CodeIssue.Severity.ERROR, first(v).severity());
            assertTrue(first(v).message().contains("position"), first(v).message());
            assertEquals(typedAndMeant[1], v.suggestions().get(0).code(), v.toString());
        }
        // a letter in a position where some codes have one is still only unknown, not malformed
        assertEquals("code-not-in-edition", first(icd10("E11.A9", FY2027)).rule());
        assertTrue(icd10("QA1.71", FY2027).valid());
        assertTrue(icd10("Y93.I1", FY2027).valid());
        // a digit where the letter belongs: I10 typed with a one
        CodeValidation digitFirst = icd10("110", FY2027);
        assertEquals("icd10cm-format", first(digitFirst).rule());
        assertTrue(codes(digitFirst.suggestions()).contains("I10"), digitFirst.toString());
    }

    @Test
    void validate_hcpcsStartingWithALetterNoHcpcsCodeUses_isFormatError() {
        for (String code : List.of("W0439", "O9999", "I1100", "N0001")) {
            CodeValidation v = CODES.validate(CodeSystem.HCPCS, code, LocalDate.of(2025, 11, 1));
            assertFalse(v.valid(), code);
            assertEquals("hcpcs-format", first(v).rule(), v.toString());
        }
        // I for J (then L): the look-alike letters that make a code of the quarter, likeliest first
        CodeValidation i1100 = CODES.validate(CodeSystem.HCPCS, "I1100", LocalDate.of(2025, 11, 1));
        assertEquals(List.of("J1100", "L1100"), codes(i1100.suggestions()));
        assertTrue(first(i1100).message().endsWith("did you mean J1100?"), first(i1100).message());
        // D (CDT dental codes, HCPCS Level II but not in the CMS file) is a letter HCPCS uses: well-formed, unknown
        assertEquals("code-not-in-edition", first(CODES.validate(CodeSystem.HCPCS, "D0120", LocalDate.of(2025, 11, 1))).rule());
    }

    @Test
    void validate_hcpcsWithLetterOForZero_isFormatErrorSuggestingTheCode() {
        CodeValidation v = CODES.validate(CodeSystem.HCPCS, "GO439", LocalDate.of(2025, 11, 1));
        assertEquals("hcpcs-format", first(v).rule());
        assertEquals(List.of("G0439"), codes(v.suggestions()));
    }

    @Test
    void validate_wellFormedCodeNoEditionKnows_isAnErrorSayingSo_alsoAfterTheNewestEdition() {
        // Q0000 is in no HCPCS quarter held; 2026-03-01 is after the newest quarter (HCPCS 2025-10)
        for (LocalDate on : List.of(LocalDate.of(2025, 11, 1), LocalDate.of(2026, 3, 1))) {
            CodeValidation v = CODES.validate(CodeSystem.HCPCS, "Q0000", on);
            assertFalse(v.valid());
            assertEquals(CodeIssue.Severity.ERROR, first(v).severity(), v.toString());
            assertEquals("code-not-in-edition", first(v).rule());
            assertTrue(first(v).message().contains("no HCPCS quarter held"), first(v).message());
        }
        CodeValidation stale = CODES.validate(CodeSystem.HCPCS, "Q0000", LocalDate.of(2026, 3, 1));
        assertTrue(hasRule(stale, "edition-stale"));
        assertTrue(first(stale).message().contains("added after 2025-12-31"), first(stale).message());
        CodeValidation icd = icd10("Z99.999", LocalDate.of(2027, 10, 1));
        assertEquals("code-not-in-edition", first(icd).rule(), icd.toString());
        assertTrue(first(icd).message().contains("no ICD-10-CM edition held"), first(icd).message());
        assertTrue(hasRule(icd, "edition-stale"));
    }
}
