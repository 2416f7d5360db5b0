package org.openbilling.claimstatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.openbilling.domain.common.EncounterId;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.encounter.Encounter;
import org.openbilling.domain.encounter.EncounterFactory;
import org.openbilling.domain.encounter.EncounterInput.ProcedureInput;
import org.openbilling.domain.encounter.EncounterInput;
import org.openbilling.testing.fixtures.AcceptingCodeSets;
import org.openbilling.testing.fixtures.Encounters;

/** Encounters of the invoice tests, built from the shared fixtures (all patient data synthetic), not stored. */
final class SelfPayEncounters {
    private SelfPayEncounters() {
    }

    /** The self-pay office visit: 99213 at 125.00 and 83036 at 45.50. */
    static Encounter aSelfPayVisit(String practice) {
        return encounter(practice, Encounters.aSelfPayVisit());
    }

    /** A self-pay visit with one 99213 line per charge given. */
    static Encounter aSelfPayVisitCharging(String practice, String... charges) {
        EncounterInput e = Encounters.aSelfPayVisit();
        List<ProcedureInput> procedures = new ArrayList<>();
        for (String charge : charges) {
            procedures.add(new ProcedureInput("99213", "CPT", List.of(), 1, charge, List.of(1), null, null, null));
        }
        return encounter(practice, new EncounterInput(e.patient(), null, null, e.billingProvider(),
                e.renderingProvider(), null, null, null, null, null, null, null, e.serviceDate(), null,
                e.placeOfService(), e.diagnoses(), procedures));
    }

    /** A self-pay visit with neither diagnoses nor procedures yet (OPEN). */
    static Encounter anUncodedSelfPayVisit(String practice) {
        EncounterInput e = Encounters.aSelfPayVisit();
        return encounter(practice, new EncounterInput(e.patient(), null, null, e.billingProvider(),
                e.renderingProvider(), null, null, null, null, null, null, null, e.serviceDate(), null,
                e.placeOfService(), List.of(), List.of()));
    }

    /** The office visit with commercial coverage. */
    static Encounter aCoveredVisit(String practice) {
        return encounter(practice, Encounters.anOfficeVisit());
    }

    private static Encounter encounter(String practice, EncounterInput input) {
        EncounterFactory.Parsed parsed = new EncounterFactory(AcceptingCodeSets.INSTANCE).parse(input,
                java.time.LocalDate.now(java.time.ZoneOffset.UTC));
        return Encounter.create(EncounterId.newId(), new PracticeId(practice), parsed.details(), parsed.coding(),
                Instant.now());
    }
}
