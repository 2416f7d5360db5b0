package org.openbilling.codesets.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openbilling.codesets.CodeSetTables;
import org.openbilling.domain.codes.CodeMatch;
import org.openbilling.domain.codes.CodeSearch;
import org.openbilling.domain.codes.CodeSystem;
import org.openbilling.domain.codes.CodeValidation;
import org.openbilling.domain.encounter.Parties.Sex;

/** The coder search against the real Index, tables and code sets (no fakes of them). */
class CoderSearchTest {
    private static final CodeSetTables CODES = CodeSetTables.load();
    private static final LocalDate ON = LocalDate.of(2026, 11, 10);

    private static List<CodeMatch> find(String text) {
        return CODES.find(CodeSearch.of(CodeSystem.ICD10CM, text, ON, 10));
    }

    private static List<String> codes(List<CodeMatch> matches) {
        return matches.stream().map(m -> m.code().code()).toList();
    }

    @Test
    void search_layWordsOfTheIndex_followTheSeeReference() {
        CodeMatch first = find("heart attack").get(0);
        assertEquals("I21.9", first.code().code());
        assertEquals("Index", first.source());
        assertTrue(first.matchedBy().startsWith("Attack, attacks, heart \u2192 see Infarct, infarction, myocardium"), first.matchedBy());
        // the words the reference did not use choose among the target's subterms
        assertEquals("I25.2", find("old heart attack").get(0).code().code());
    }

    @Test
    void search_mainTerm_isTheIndexDefaultBeforeItsSubterms() {
        List<CodeMatch> found = find("pneumonia");
        assertEquals("J18.9", found.get(0).code().code(), found.toString());
        assertTrue(found.get(0).matchedBy().startsWith("Pneumonia (acute)"));
    }

    @Test
    void search_drugBySubstanceAndIntent_takesTheTableColumn() {
        CodeMatch adverse = find("adverse effect of penicillin").get(0);
        assertEquals("T36.0X5A", adverse.code().code());
        assertEquals("Table of Drugs and Chemicals", adverse.source());
        assertTrue(adverse.matchedBy().contains("Penicillin (any), adverse effect"), adverse.matchedBy());
        // no intent named: accidental, as the guidelines say (I.C.19.e.5.b)
        assertEquals("T39.1X1A", find("acetaminophen overdose").get(0).code().code());
        assertEquals("T39.1X2A", find("acetaminophen overdose suicide attempt").get(0).code().code());
        assertEquals("T38.3X6A", find("underdosing of insulin").get(0).code().code());
    }

    @Test
    void search_neoplasmBySiteAndBehaviour_takesTheTableColumn() {
        List<CodeMatch> secondary = find("metastatic cancer to bone");
        assertEquals("C79.51", secondary.get(0).code().code(), secondary.toString());
        assertEquals("Table of Neoplasms", secondary.get(0).source());
        assertTrue(secondary.get(0).matchedBy().contains("malignant secondary"), secondary.get(0).matchedBy());
        assertEquals("D12.6", find("benign neoplasm of colon").get(0).code().code());
        assertTrue(find("breast cancer").get(0).code().code().startsWith("C50.9"));
    }

    @Test
    void search_indexCodeExpandedSinceFy2023_offersOnlyTodaysCodes() {
        // the FY2023 Index gives M51.36 for lumbar disc degeneration; FY2025 split it (conversion table: M51.360-M51.369)
        List<CodeMatch> found = find("lumbar disc degeneration");
        assertFalse(found.isEmpty());
        assertTrue(found.get(0).code().code().startsWith("M51.36"), found.toString());
        assertFalse(codes(found).contains("M51.36"));
        assertTrue(found.get(0).matchedBy().contains("M51.36 in the Index's edition, expanded since"), found.get(0).matchedBy());
    }

    @Test
    void search_everyCodeOffered_isValidAndBillableOnTheDate() {
        for (String text : List.of("heart attack", "breast cancer", "fracture of distal radius", "fall from ladder", "multiple sclerosis",
                "pulmonary mycetoma", "dementia in multiple sclerosis")) {
            for (LocalDate on : List.of(LocalDate.of(2025, 3, 1), ON)) {
                for (CodeMatch m : CODES.find(CodeSearch.of(CodeSystem.ICD10CM, text, on, 10))) {
                    CodeValidation v = CODES.validate(CodeSystem.ICD10CM, m.code().code(), on);
                    assertTrue(v.valid() && v.billable(), text + " on " + on + ": " + v);
                }
            }
        }
        // added in FY2027: found on a FY2027 date only
        assertTrue(codes(find("pulmonary mycetoma")).contains("J4B"));
        assertFalse(codes(CODES.find(CodeSearch.of(CodeSystem.ICD10CM, "pulmonary mycetoma", LocalDate.of(2026, 3, 1), 10))).contains("J4B"));
    }

    @Test
    void search_chapterSpecificCodes_rankLowerUnlessTheWordsOrTheAgeCallForThem() {
        assertEquals("R17", find("jaundice").get(0).code().code());
        assertEquals("P59.9", find("newborn jaundice").get(0).code().code());
        assertEquals("P59.9", CODES.find(new CodeSearch(CodeSystem.ICD10CM, "jaundice", ON, 10, 0, null)).get(0).code().code());
        // a sex-specific code ranks lower for the other sex
        List<CodeMatch> male = CODES.find(new CodeSearch(CodeSystem.ICD10CM, "breast cancer", ON, 10, 60, Sex.M));
        assertTrue(male.get(0).code().code().startsWith("C50.92"), male.toString());
    }

    @Test
    void search_abbreviation_isExpandedAndSaysSo() {
        CodeMatch chf = find("CHF").get(0);
        assertEquals("I50.9", chf.code().code());
        assertTrue(chf.matchedBy().endsWith("(chf = congestive heart failure)"), chf.matchedBy());
    }

    @Test
    void search_codePrefix_listsTheCodesFirst() {
        assertEquals("E11", find("E11").get(0).code().code());
        assertEquals("E11.9", find("e11.9").get(0).code().code());
    }
}
