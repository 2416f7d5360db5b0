package org.openbilling.codesets;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.openbilling.codesets.scrub.ClaimScrubber;
import org.openbilling.domain.codes.CodeSets;
import org.openbilling.domain.codes.CodingInstructions;
import org.openbilling.domain.codes.RuleSeverities;
import org.openbilling.domain.encounter.EncounterFactory;

/**
 * The code sets for Quarkus apps, loaded once from the binary tables built with the project, and what is built
 * on them. Only the CDI annotations come from outside the JDK, and only at compile time.
 */
public class CodeSetsProducer {
    /** Also the {@link CodeSets} bean: the tables are the code sets. */
    @Produces
    @Singleton
    CodeSetTables tables() {
        return CodeSetTables.load();
    }

    /**
     * The Tabular List's instructions at their preset severities. The practices' own rules (a later issue) change a
     * preset by producing these with their {@code RuleSeverities} instead.
     */
    @Produces
    @Singleton
    CodingInstructions codingInstructions(CodeSetTables tables) {
        return tables.instructionEdits(RuleSeverities.PRESET);
    }

    @Produces
    @Singleton
    ClaimScrubber scrubber(CodeSetTables tables, CodingInstructions instructions) {
        return ClaimScrubber.of(tables, instructions);
    }

    @Produces
    @Singleton
    EncounterFactory encounterFactory(CodeSetTables codeSets, CodingInstructions instructions) {
        return new EncounterFactory(codeSets, instructions);
    }
}
