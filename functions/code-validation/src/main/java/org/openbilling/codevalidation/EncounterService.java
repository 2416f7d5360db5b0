package org.openbilling.codevalidation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.openbilling.domain.common.EncounterId;
import org.openbilling.domain.common.NotFoundException;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.common.RuleViolationException;
import org.openbilling.domain.common.StaleVersionException;
import org.openbilling.domain.encounter.Coding;
import org.openbilling.domain.encounter.Encounter;
import org.openbilling.domain.encounter.EncounterFactory;
import org.openbilling.domain.encounter.EncounterInput.ProcedureInput;
import org.openbilling.domain.encounter.EncounterInput;
import org.openbilling.domain.encounter.EncounterStatus;
import org.openbilling.dynamodb.encounter.EncounterRepository;
import org.openbilling.dynamodb.audit.Audit;
import org.openbilling.dynamodb.practice.PracticeClock;

/** Encounter intake and coding: every code checked on its date of service before anything is stored. */
@ApplicationScoped
public class EncounterService {
    private final EncounterFactory factory;
    private final EncounterRepository encounters;
    private final PracticeClock clock;
    private final Audit audit;

    public EncounterService(EncounterFactory factory, EncounterRepository encounters, PracticeClock clock, Audit audit) {
        this.factory = factory;
        this.encounters = encounters;
        this.clock = clock;
        this.audit = audit;
    }

    public Encounter create(PracticeId practice, EncounterInput input) {
        EncounterFactory.Parsed parsed = factory.parse(input, clock.today(practice));
        Encounter e = Encounter.create(EncounterId.newId(), practice, parsed.details(), parsed.coding(), clock.now());
        Encounter stored = encounters.create(e);
        audit.changed("encounter", stored.id().value(), stored.version(), "ENCOUNTER_CREATED");
        return stored;
    }

    /** One encounter by id; the read is audited, found or not. */
    public Encounter get(PracticeId practice, EncounterId id) {
        var found = encounters.find(practice, id);
        audit.read("encounter", id.value(), found.map(Encounter::version).orElse(0L), found.isPresent());
        return found.orElseThrow(() -> new NotFoundException("encounter", id.value()));
    }

    /** Replaces the coding of an encounter that is still at {@code expectedVersion} (when given). */
    public Encounter recode(PracticeId practice, EncounterId id, List<String> diagnoses, List<ProcedureInput> procedures,
                            Long expectedVersion) {
        Encounter current = encounters.find(practice, id).orElseThrow(() -> new NotFoundException("encounter", id.value()));
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw new StaleVersionException("encounter", id.value(), expectedVersion);
        }
        if (current.status() == EncounterStatus.BILLED) {
            throw new RuleViolationException("encounter-already-billed", "id",
                    "the encounter was billed; correct the claim instead");
        }
        Coding coding = factory.recode(diagnoses, procedures, current.details(), clock.today(practice));
        Encounter stored = encounters.update(current.recoded(coding, clock.now()));
        audit.changed("encounter", id.value(), stored.version(), "ENCOUNTER_CODED");
        return stored;
    }
}
