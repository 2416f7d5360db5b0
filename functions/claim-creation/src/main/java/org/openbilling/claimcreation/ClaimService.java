package org.openbilling.claimcreation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimFactory;
import org.openbilling.domain.common.ClaimId;
import org.openbilling.domain.common.EncounterId;
import org.openbilling.domain.common.NotFoundException;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.common.RuleViolationException;
import org.openbilling.domain.common.StaleVersionException;
import org.openbilling.domain.encounter.Encounter;
import org.openbilling.domain.encounter.EncounterStatus;
import org.openbilling.dynamodb.claim.ClaimRepository;
import org.openbilling.dynamodb.encounter.EncounterRepository;
import org.openbilling.web.Audit;
import org.openbilling.web.PracticeClock;

/**
 * Claims from coded encounters. The original claim of an encounter has an id derived from the encounter, so
 * that two racing requests cannot both create one, and a retry after a crash finishes the job (the encounter
 * becomes BILLED) instead of doing it twice.
 */
@ApplicationScoped
public class ClaimService {
    private final ClaimRepository claims;
    private final EncounterRepository encounters;
    private final PracticeClock clock;
    private final Audit audit;

    public ClaimService(ClaimRepository claims, EncounterRepository encounters, PracticeClock clock, Audit audit) {
        this.claims = claims;
        this.encounters = encounters;
        this.clock = clock;
        this.audit = audit;
    }

    /** The result of a create: the claim, and whether this call made it. */
    public record Created(Claim claim, boolean isNew) {
    }

    public Created create(PracticeId practice, EncounterId encounterId, String actor) {
        Encounter encounter = encounters.find(practice, encounterId)
                .orElseThrow(() -> new RuleViolationException("encounter-not-found", "encounterId", "no such encounter"));
        ClaimId id = originalClaimId(encounterId);
        Optional<Claim> existing = claims.find(practice, id);
        if (existing.isPresent()) {
            // a retry after a crash: finish the steps the first run may not have reached; none is doubled
            audit.changed("claim", id.value(), 1, "CLAIM_CREATED");
            markBilled(encounter);
            return new Created(existing.get(), false);
        }
        Claim claim = ClaimFactory.fromEncounter(encounter, id, ClaimFactory.newClaimNumber(), List.of(), actor, clock.now());
        Optional<Claim> stored = claims.create(claim);
        if (stored.isEmpty()) {
            // another request created it a moment ago
            return new Created(claims.find(practice, id).orElseThrow(), false);
        }
        audit.changed("claim", id.value(), stored.get().version(), "CLAIM_CREATED");
        markBilled(encounter);
        return new Created(stored.get(), true);
    }

    /** One claim by id; the read is audited, found or not. */
    public Claim get(PracticeId practice, ClaimId id) {
        Optional<Claim> found = claims.find(practice, id);
        audit.read("claim", id.value(), found.map(Claim::version).orElse(0L), found.isPresent());
        return found.orElseThrow(() -> new NotFoundException("claim", id.value()));
    }

    static ClaimId originalClaimId(EncounterId encounter) {
        return new ClaimId("c-" + encounter.value());
    }

    private void markBilled(Encounter encounter) {
        Encounter current = encounter;
        for (int attempt = 0; attempt < 5 && current.status() != EncounterStatus.BILLED; attempt++) {
            try {
                Encounter billed = encounters.update(current.withStatus(EncounterStatus.BILLED, clock.now()));
                audit.changed("encounter", billed.id().value(), billed.version(), "ENCOUNTER_BILLED");
                return;
            } catch (StaleVersionException raced) {
                current = encounters.find(encounter.practiceId(), encounter.id()).orElseThrow();
            }
        }
    }
}
