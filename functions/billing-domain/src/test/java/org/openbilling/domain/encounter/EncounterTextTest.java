package org.openbilling.domain.encounter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openbilling.domain.claim.Warning;
import org.openbilling.domain.common.Npi;
import org.openbilling.domain.common.TaxId;
import org.openbilling.domain.common.Violation;
import org.openbilling.domain.common.Violations;
import org.openbilling.domain.encounter.Parties.Address;
import org.openbilling.domain.encounter.Parties.BillingProvider;
import org.openbilling.domain.encounter.Parties.Coverage;
import org.openbilling.domain.encounter.Parties.Facility;
import org.openbilling.domain.encounter.Parties.Person;
import org.openbilling.domain.encounter.Parties.Provider;
import org.openbilling.domain.encounter.Parties.Relationship;
import org.openbilling.domain.encounter.Parties.Sex;

class EncounterTextTest {
    private static final Address HOME = new Address("417 Wrenfield Lane", null, "Springfield", "IL", "62704");

    private static EncounterDetails details(Person patient, Coverage coverage, String priorAuth, Address facility) {
        return new EncounterDetails(patient, coverage == null ? List.of() : List.of(coverage),
                new BillingProvider(new Npi("1234567893"), new TaxId("123456789"), "Lakeside Family Practice", null, HOME),
                new Provider(new Npi("1245319599"), "Amara", "Okafor", null), null,
                facility == null ? null : new Facility(null, "Annex", facility), priorAuth, null, true, "Y", true,
                LocalDate.of(2026, 11, 10), null, "11");
    }

    private static Person patient(String first, String last) {
        return new Person("P-1", first, last, LocalDate.of(1961, 7, 23), Sex.F, HOME);
    }

    private static Coverage coverage(String memberId) {
        return new Coverage("60054", "Aetna", memberId, "GRP-552", "CI", Relationship.SELF, null);
    }

    private static List<String> findings(EncounterDetails d) {
        Violations v = new Violations();
        EncounterText.check(d, "", v, null);
        return v.list().stream().map(x -> x.rule() + "@" + x.field()).toList();
    }

    @Test
    void check_valuesAtEveryMaximum_passes() {
        EncounterDetails d = details(patient("F".repeat(35), "L".repeat(60)), coverage("M".repeat(80)), "A".repeat(50),
                new Address("S".repeat(55), "T".repeat(55), "C".repeat(30), "IL", "62704"));
        assertEquals(List.of(), findings(d));
    }

    @Test
    void check_oneOverEveryMaximum_namesEachFieldWithItsElement() {
        EncounterDetails d = details(patient("F".repeat(36), "L".repeat(61)), coverage("M".repeat(81)), "A".repeat(51),
                new Address("S".repeat(56), null, "C".repeat(31), "IL", "62704"));
        assertEquals(List.of("text-too-long@patient.lastName", "text-too-long@patient.firstName",
                "text-too-long@coverage.memberId", "text-too-long@serviceFacility.address.line1",
                "text-too-long@serviceFacility.address.city", "text-too-long@priorAuthorization"), findings(d));
        Violations v = new Violations();
        EncounterText.check(d, "encounter.", v, null);
        Violation first = v.list().get(0);
        assertEquals("encounter.patient.lastName", first.field());
        assertTrue(first.message().contains("NM103 holds at most 60"), first.message());
    }

    @Test
    void check_belowTheMinimum_isTooShort() {
        EncounterDetails d = details(patient("Ann", "Lee"), coverage("7"), null,
                new Address("1 Main", null, "X", "IL", "62704"));
        assertEquals(List.of("text-too-short@coverage.memberId", "text-too-short@serviceFacility.address.city"), findings(d));
    }

    @Test
    void check_chineseNameEmojiAndAccentedMemberId_areRefused_accentedNameIsAWarning() {
        EncounterDetails d = details(patient("小明", "Ann 😀"), coverage("MBRÉ1"), null, null);
        assertEquals(List.of("x12-character-set@patient.lastName", "x12-character-set@patient.firstName",
                "x12-character-set@coverage.memberId"), findings(d));

        List<Warning> warnings = new ArrayList<>();
        Violations v = new Violations();
        EncounterText.check(details(patient("José", "Müller-Straße"), coverage("MBR1"), null, null), "", v, warnings);
        assertTrue(v.isEmpty(), v.list().toString());
        assertEquals(List.of("patient.lastName", "patient.firstName"), warnings.stream().map(Warning::field).toList());
        assertTrue(warnings.get(0).message().contains("'MULLER-STRASSE'"), warnings.get(0).message());
        assertEquals(EncounterText.RULE_TRANSLITERATED, warnings.get(0).rule());
    }

    @Test
    void check_lengthIsCountedAsWritten_afterTransliteration() {
        // 59 letters and ß: 60 characters as given, 61 as written (SS)
        EncounterDetails d = details(patient("Ann", "L".repeat(59) + "ß"), coverage("MBR1"), null, null);
        assertEquals(List.of("text-too-long@patient.lastName"), findings(d));
    }
}
