package org.openbilling.codesets.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openbilling.codesets.CodeSetTables;
import org.openbilling.domain.codes.CodeNotes;
import org.openbilling.domain.codes.CodeSystem;
import org.openbilling.domain.codes.CodeValidation;
import org.openbilling.domain.codes.TabularNote;

/** The Tabular List's instructions as code() answers them, and the 7th character as validation reports it. */
class TabularListTest {
    private static final CodeSetTables CODES = CodeSetTables.load();
    private static final LocalDate ON = LocalDate.of(2026, 11, 10);

    private static CodeNotes notes(String code) {
        return CODES.notes(CodeSystem.ICD10CM, code, ON).orElseThrow();
    }

    @Test
    void notes_ofACode_inheritTheCategoryBlockAndChapter() {
        CodeNotes e119 = notes("E11.9");
        assertEquals("ICD-10-CM Tabular List FY2023", e119.edition());
        TabularNote type1 = e119.excludes1().stream().filter(n -> n.text().startsWith("type 1 diabetes")).findFirst().orElseThrow();
        assertEquals("E11", type1.from());
        assertEquals(List.of("E10.-"), type1.codes());
        assertTrue(e119.includes().stream().anyMatch(n -> n.text().equals("diabetes NOS")));
        assertTrue(e119.useAdditionalCode().stream().anyMatch(n -> n.codes().contains("Z79.4")));
        // the chapter's own Excludes1 is inherited too
        assertTrue(e119.excludes1().stream().anyMatch(n -> n.from().equals("chapter 4")), e119.excludes1().toString());
        // the code's own note comes before its category's
        CodeNotes e1122 = notes("E11.22");
        assertEquals("E11.22", e1122.useAdditionalCode().get(0).from());
        assertEquals(List.of("N18.1-N18.6"), e1122.useAdditionalCode().get(0).codes());
    }

    @Test
    void notes_codeFirstAndSeventhCharacters_areAnswered() {
        CodeNotes g63 = notes("G63");
        assertTrue(g63.codeFirst().stream().anyMatch(n -> n.codes().contains("E85.-")), g63.codeFirst().toString());
        CodeNotes s52 = notes("S52.501A");
        assertEquals("S52", s52.seventhCharacterNote().from());
        assertEquals("A", s52.seventhCharacters().get(0).character());
        assertEquals("initial encounter for closed fracture", s52.seventhCharacters().get(0).meaning());
        assertEquals(16, s52.seventhCharacters().size());
        assertFalse(CODES.notes(CodeSystem.ICD10CM, "Z99.999", ON).isPresent());
        assertFalse(CODES.notes(CodeSystem.CPT, "99213", ON).isPresent());
    }

    @Test
    void validate_codeWithoutItsSeventhCharacter_isAnErrorNamingTheInstruction() {
        CodeValidation v = CODES.validate(CodeSystem.ICD10CM, "S52.501", ON);
        assertTrue(v.valid());
        assertFalse(v.billable());
        assertEquals("seventh-character-missing", v.issues().get(0).rule(), v.toString());
        assertTrue(v.issues().get(0).message().contains("The appropriate 7th character is to be added to all codes from category S52"),
                v.issues().get(0).message());
        assertEquals("S52.501A", v.suggestions().get(0).code());
        // with placeholders: S02.0 needs XX and the 7th character
        assertEquals("S02.0XXA", CODES.validate(CodeSystem.ICD10CM, "S02.0", ON).suggestions().get(0).code());
        // a header that needs more than the 7th character stays code-not-billable
        assertEquals("code-not-billable", CODES.validate(CodeSystem.ICD10CM, "S52.5", ON).issues().get(0).rule());
    }
}
