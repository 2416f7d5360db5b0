package org.openbilling.codevalidation;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.openbilling.codesets.CodeSetTables;
import org.openbilling.domain.codes.CodeSets;
import org.openbilling.domain.encounter.EncounterFactory;

/** The code sets, loaded once from the binary tables built with the project. */
public class CodeSetsProducer {
    @Produces
    @Singleton
    CodeSets codeSets() {
        return CodeSetTables.load();
    }

    @Produces
    @Singleton
    EncounterFactory encounterFactory(CodeSets codeSets) {
        return new EncounterFactory(codeSets);
    }
}
