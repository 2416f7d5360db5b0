package org.openbilling.codesets.scrub;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.openbilling.codesets.CodeSetTables;
import org.openbilling.codesets.MedicareCodeEditor;
import org.openbilling.codesets.MueLimits;
import org.openbilling.codesets.NcciEdits;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.codes.CodeSets;
import org.openbilling.domain.codes.CodingInstructions;
import org.openbilling.domain.codes.RuleSeverities;
import org.openbilling.domain.encounter.CodingRules;

/**
 * Checks a claim against every rule it must pass before it goes to a payer and reports all findings at once, each
 * with the field of the encounter input to fix ({@code procedures[1].modifiers[0]}). The rules come in groups, one
 * class each, run in the order SCRUBBER-RULES.md lists them: {@link PartyRules}, {@link DateRules},
 * {@link DiagnosisRules}, {@link LineRules} (with {@link ModifierRules}), {@link NcciRules}, {@link MueRules},
 * {@link MceRules}, {@link InstructionRules} (the Tabular List's instructions). Stateless and thread-safe: one instance serves every request.
 *
 * <p>Identifier formats (NPI, tax id, taxonomy) and two-decimal money are not re-checked here: {@code Npi},
 * {@code TaxId}, {@code TaxonomyCode} and {@code Money} refuse bad values when the encounter is made, so a claim
 * cannot hold one. Coding rules shared with encounter input come from {@link CodingRules}.
 */
public final class ClaimScrubber {
    private final CodeSets codeSets;
    private final NcciEdits ncci;
    private final MueLimits mue;
    private final MedicareCodeEditor mce;
    private final CodingInstructions instructions;

    public ClaimScrubber(CodeSets codeSets, NcciEdits ncci, MueLimits mue, MedicareCodeEditor mce, CodingInstructions instructions) {
        this.codeSets = Objects.requireNonNull(codeSets, "codeSets");
        this.ncci = Objects.requireNonNull(ncci, "ncci");
        this.mue = Objects.requireNonNull(mue, "mue");
        this.mce = Objects.requireNonNull(mce, "mce");
        this.instructions = Objects.requireNonNull(instructions, "instructions");
    }

    /** A scrubber over the loaded code sets, their NCCI, MUE and MCE tables and the Tabular's instructions at their presets. */
    public static ClaimScrubber of(CodeSetTables tables) {
        return of(tables, tables.instructionEdits(RuleSeverities.PRESET));
    }

    /** A scrubber over the loaded code sets with the given Tabular instruction edits (a practice's severities). */
    public static ClaimScrubber of(CodeSetTables tables, CodingInstructions instructions) {
        return new ClaimScrubber(tables, tables.ncciEdits(), tables.mueLimits(), tables.medicareCodeEditor(), instructions);
    }

    /** Every error and warning of {@code claim}; {@code today} is the practice's date (dates of service may not pass it). */
    public ScrubResult scrub(Claim claim, LocalDate today) {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(today, "today");
        Review r = new Review(claim, today);
        PartyRules.check(r);
        DateRules.check(r);
        DiagnosisRules diagnosisRules = new DiagnosisRules(r, codeSets);
        List<ScrubbedDiagnosis> diagnoses = diagnosisRules.check();
        List<ScrubbedLine> lines = LineRules.check(r, codeSets, diagnosisRules);
        NcciRules.check(r, ncci, lines);
        MueRules.check(r, mue, lines);
        MceRules.check(r, mce, diagnoses);
        InstructionRules.check(r, instructions, diagnoses);
        return r.result();
    }
}
