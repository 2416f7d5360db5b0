package org.openbilling.codesets;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.openbilling.domain.codes.CodeSets;
import org.openbilling.domain.encounter.EncounterFactory;

/**
 * The code sets for Quarkus apps, loaded once from the binary tables built with the project, and what is built
 * on them. Only the CDI annotations come from outside the JDK, and only at compile time.
 */
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
