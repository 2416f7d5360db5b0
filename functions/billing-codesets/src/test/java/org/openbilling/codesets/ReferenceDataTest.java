package org.openbilling.codesets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openbilling.domain.encounter.Parties.Sex;

class ReferenceDataTest {
    private static final CodeSetTables CODES = CodeSetTables.load();
    private static final LocalDate DOS = LocalDate.of(2024, 8, 1);

    @Test
    void ncci_findsActivePairWithModifierIndicator() {
        NcciEdits ncci = CODES.ncciEdits();
        NcciEdits.PtpEdit edit = ncci.find("99213", "0362T", DOS).orElseThrow();
        assertEquals(1, edit.modifierIndicator());
        assertTrue(edit.modifierAllowed());
        assertNull(edit.deletionDate());
        assertEquals("Misuse of Column Two code with Column One code", edit.rationale());
        assertEquals(0, ncci.find("0001U", "96523", DOS).orElseThrow().modifierIndicator());
        assertEquals(LocalDate.of(2024, 7, 1), ncci.edition().effective());
        assertTrue(ncci.edition().isStaleOn(LocalDate.of(2026, 11, 10)));
        assertFalse(ncci.edition().isStaleOn(DOS));
    }

    @Test
    void ncci_whenPairUnknownReversedOrDeleted_findsNothing() {
        NcciEdits ncci = CODES.ncciEdits();
        assertTrue(ncci.find("0362T", "99213", DOS).isEmpty());
        // Deleted 2023-12-31, before the edition: not kept.
        assertTrue(ncci.find("0001A", "0591T", DOS).isEmpty());
        assertTrue(ncci.find("bad!", "99213", DOS).isEmpty());
        assertTrue(ncci.find(null, "99213", DOS).isEmpty());
        assertTrue(ncci.size() > 1_600_000);
    }

    @Test
    void mue_findsUnitsAndAdjudicationIndicator() {
        MueLimits.MueLimit limit = CODES.mueLimits().find("j1100").orElseThrow();
        assertEquals(120, limit.maxUnits());
        assertEquals(3, limit.adjudicationIndicator());
        assertEquals("Clinical: Data", limit.rationale());
        assertEquals(2, CODES.mueLimits().find("99213").orElseThrow().maxUnits());
        assertTrue(CODES.mueLimits().find("ZZZZZ").isEmpty());
    }

    @Test
    void mce_reportsAgeAndSexConflicts() {
        MedicareCodeEditor mce = CODES.medicareCodeEditor();
        List<MedicareCodeEditor.Conflict> delivery = mce.conflicts("O80", Sex.M, 70, false);
        assertEquals(2, delivery.size(), delivery.toString());
        assertTrue(delivery.stream().anyMatch(c -> c.rule().id().equals("mce-female-only")));
        assertTrue(delivery.stream().anyMatch(c -> c.rule().id().equals("mce-maternity") && c.rule().minAge() == 9 && c.rule().maxAge() == 64));
        assertTrue(mce.conflicts("O80", Sex.F, 30, true).isEmpty());
        assertEquals("mce-male-only", mce.conflicts("C61", Sex.F, 60, false).get(0).rule().id());
        assertTrue(mce.conflicts("C61", Sex.U, 60, false).isEmpty());
        assertEquals("mce-perinatal-newborn", mce.conflicts("A33", Sex.F, 5, false).get(0).rule().id());
        assertTrue(mce.conflicts("A33", Sex.F, 0, false).isEmpty());
        assertEquals("mce-adult", mce.conflicts("F0150", Sex.F, 12, false).get(0).rule().id());
        assertTrue(mce.conflicts("E11.9", Sex.F, 50, true).isEmpty());
        assertEquals("MCE v41.1 (FY2024)", mce.edition().name());
    }

    @Test
    void adjustmentReasons_findCarcRarcAndGroup() {
        AdjustmentReasons r = CODES.adjustmentReasons();
        // CARC text comes from the newer CMS (BFD) list.
        assertEquals("Charges exceed your contracted/legislated fee arrangement.", r.carc("45").orElseThrow().description());
        assertTrue(r.rarc("N130").orElseThrow().description().startsWith("Consult plan benefit documents"));
        assertTrue(r.group("co").orElseThrow().description().startsWith("Contractual Obligations"));
        assertTrue(r.carc("N130").isEmpty());
        assertTrue(r.carc(null).isEmpty());
    }

    @Test
    void placesOfService_findByCode() {
        PlacesOfService.PlaceOfService office = CODES.placesOfService().find("11").orElseThrow();
        assertEquals("Office", office.name());
        assertFalse(office.facility());
        assertTrue(CODES.placesOfService().find("21").orElseThrow().facility());
        assertEquals("02", CODES.placesOfService().find("2").orElseThrow().code());
        assertTrue(CODES.placesOfService().find("XX").isEmpty());
    }

    @Test
    void editions_areListedFromTheManifest() {
        assertEquals(List.of("ICD-10-CM FY2025", "ICD-10-CM FY2026", "ICD-10-CM FY2027"),
                CODES.icd10cmEditions().stream().map(Edition::name).toList());
        assertEquals(LocalDate.of(2027, 9, 30), CODES.icd10cmEditions().get(2).staleAfter());
        assertEquals("HCPCS 2025-10", CODES.hcpcsEdition().name());
    }

    @Test
    void load_isShared() {
        assertTrue(CodeSetTables.load() == CODES);
    }
}
