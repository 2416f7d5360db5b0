package org.openbilling.codesets.scrub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openbilling.codesets.scrub.ClaimBuilder.aVisitOn;
import static org.openbilling.codesets.scrub.ClaimBuilder.line;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openbilling.codesets.CodeSetTables;
import org.openbilling.domain.claim.Warning;
import org.openbilling.domain.codes.CodeIssue;
import org.openbilling.domain.codes.RuleSeverities;
import org.openbilling.domain.common.RuleViolationException;
import org.openbilling.domain.common.Violation;
import org.openbilling.domain.encounter.EncounterFactory;
import org.openbilling.domain.encounter.EncounterInput.ProcedureInput;

/** The Tabular List's instructions as edits on claims and on encounter coding, with codes from the Tabular. */
class InstructionRulesTest {
    private static final CodeSetTables CODES = CodeSetTables.load();
    private static final ClaimScrubber SCRUBBER = ClaimScrubber.of(CODES);
    private static final LocalDate DOS = LocalDate.of(2026, 11, 10);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private static ScrubResult scrub(String... diagnoses) {
        return SCRUBBER.scrub(aVisitOn(DOS).diagnoses(diagnoses).lines(line("99213").pointers(1)).build(), TODAY);
    }

    private static List<String> rules(ScrubResult r) {
        return java.util.stream.Stream.concat(r.errors().stream().map(v -> v.rule() + "@" + v.field()),
                r.warnings().stream().map(w -> w.rule() + "@" + w.field())).filter(s -> !s.startsWith("edition-stale")
                && !s.startsWith("ncci") && !s.startsWith("mue") && !s.startsWith("mce")).toList();
    }

    @Test
    void scrub_type1AndType2Diabetes_isAnExcludes1PairError() {
        ScrubResult r = scrub("E10.9", "E11.9");
        assertEquals(List.of("excludes1-pair@diagnoses[1]"), rules(r));
        Violation v = r.errors().get(0);
        assertTrue(v.message().contains("E10.9 and E11.9 exclude each other"), v.message());
        assertTrue(v.message().contains("\"type 2 diabetes mellitus (E11.-)\""), v.message());
        assertTrue(v.message().contains("\"type 1 diabetes mellitus (E10.-)\""), v.message());
    }

    @Test
    void scrub_excludes1OnOneSideOnly_isAWarning() {
        // R10 (abdominal pain) excludes renal colic (N23); N23 does not exclude R10: unrelated conditions may be both
        ScrubResult r = scrub("N23", "R10.9");
        assertEquals(List.of("excludes1-one-way@diagnoses[1]"), rules(r));
        Warning w = r.warnings().stream().filter(x -> x.rule().equals("excludes1-one-way")).findFirst().orElseThrow();
        assertTrue(w.message().startsWith("R10.9 excludes N23: Excludes1 at R10: \"renal colic (N23)\""), w.message());
    }

    @Test
    void scrub_manifestationWithoutItsEtiology_isAnError() {
        // G63 polyneuropathy in diseases classified elsewhere: code first the underlying disease
        ScrubResult alone = scrub("G63");
        assertEquals(List.of("code-first-missing@diagnoses[0]"), rules(alone));
        assertTrue(alone.errors().get(0).message().contains("code first underlying disease, such as:"), alone.errors().get(0).message());
        assertEquals(List.of(), rules(scrub("E85.9", "G63")));
        ScrubResult after = scrub("G63", "E85.9");
        assertEquals(List.of("code-first-sequence@diagnoses[0]"), rules(after));
    }

    @Test
    void scrub_useAdditionalCodeLeftOut_isAWarningUntilTheCodeIsThere() {
        // E11.22: use additional code to identify stage of chronic kidney disease (N18.1-N18.6)
        ScrubResult without = scrub("E11.22");
        assertEquals(List.of("use-additional-code-missing@diagnoses[0]"), rules(without));
        assertTrue(without.warnings().stream().anyMatch(w -> w.message().contains("N18.1-N18.6")));
        assertEquals(List.of(), rules(scrub("E11.22", "N18.30")));
        // E11's "code to identify control using:" is a list to choose from (diet-only control has none): no finding
        assertEquals(List.of(), rules(scrub("E11.9", "I10")));
    }

    @Test
    void scrub_codeWithoutItsSeventhCharacter_isReportedWithTheTabularNote() {
        ScrubResult r = scrub("S52.501");
        assertEquals("seventh-character-missing@diagnoses[0]", rules(r).get(0));
        assertTrue(r.errors().get(0).message().contains("category S52"));
    }

    @Test
    void scrub_practiceSeverities_lowerOrSilenceARule() {
        ClaimScrubber lowered = ClaimScrubber.of(CODES, CODES.instructionEdits((rule, preset) ->
                rule.equals("excludes1-pair") ? CodeIssue.Severity.WARNING : preset));
        ScrubResult r = lowered.scrub(aVisitOn(DOS).diagnoses("E10.9", "E11.9").lines(line("99213").pointers(1)).build(), TODAY);
        assertEquals(List.of("excludes1-pair@diagnoses[1]"), rules(r));
        assertTrue(r.errors().isEmpty());
        ClaimScrubber silenced = ClaimScrubber.of(CODES, CODES.instructionEdits((rule, preset) -> rule.startsWith("excludes1") ? null : preset));
        assertEquals(List.of(), rules(silenced.scrub(aVisitOn(DOS).diagnoses("E10.9", "E11.9").lines(line("99213").pointers(1)).build(), TODAY)));
    }

    @Test
    void recode_encounterWithAnExcludes1Pair_isRefusedWithTheRule() {
        EncounterFactory factory = new EncounterFactory(CODES, CODES.instructionEdits(RuleSeverities.PRESET));
        List<ProcedureInput> visit = List.of(new ProcedureInput("99213", "CPT", List.of(), 1, "125.00", List.of(1), null, null, null));
        var details = aVisitOn(DOS).diagnoses("E11.9").lines(line("99213").pointers(1)).build().details();
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> factory.recode(List.of("E10.9", "E11.9"), visit, details, TODAY));
        assertEquals(List.of("excludes1-pair@diagnoses[1]"), e.violations().stream().map(v -> v.rule() + "@" + v.field()).toList());
        // warnings do not refuse the coding: they are the claim's
        assertEquals(List.of("E11.22"), factory.recode(List.of("E11.22"), visit, details, TODAY).diagnoses());
        // without the instructions the pair passes (the hook is what checks it)
        assertEquals(2, new EncounterFactory(CODES).recode(List.of("E10.9", "E11.9"), visit, details, TODAY).diagnoses().size());
    }
}
