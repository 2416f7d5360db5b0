package org.openbilling.claimcreation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.openbilling.domain.claim.Claim;
import org.openbilling.codesets.scrub.ClaimScrubber;
import org.openbilling.codesets.scrub.ScrubResult;
import org.openbilling.domain.claim.ClaimFactory;
import org.openbilling.domain.claim.Warning;
import org.openbilling.domain.claim.ClaimStatus;
import org.openbilling.domain.claim.ClaimTransitions;
import org.openbilling.domain.common.Violation;
import org.openbilling.domain.encounter.EncounterCorrection;
import org.openbilling.domain.encounter.EncounterFactory;
import org.openbilling.domain.encounter.EncounterInput;
import java.time.Instant;
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
    private final EncounterFactory encounterFactory;
    private final ClaimScrubber scrubber;
    private final PracticeClock clock;
    private final Audit audit;

    public ClaimService(ClaimRepository claims, EncounterRepository encounters, EncounterFactory encounterFactory,
                        ClaimScrubber scrubber, PracticeClock clock, Audit audit) {
        this.claims = claims;
        this.encounters = encounters;
        this.encounterFactory = encounterFactory;
        this.scrubber = scrubber;
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
        Claim built = ClaimFactory.fromEncounter(encounter, id, ClaimFactory.newClaimNumber(), List.of(), actor, clock.now());
        Claim claim = scrubbed(built, practice, "");
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

    /**
     * Corrects a claim from changed encounter fields. A REJECTED claim is corrected in place and is READY again;
     * an adjudicated one (PAID, PARTIALLY_PAID, DENIED) gets a replacement claim (frequency 7, the payer's claim
     * control number) and becomes REPLACED. The replacement's id derives from the original's, so a retry after a
     * crash finishes the job instead of making a second replacement.
     */
    public Created correct(PracticeId practice, ClaimId id, EncounterInput changes, String payerClaimControlNumber,
                           Long expectedVersion, String actor) {
        Claim claim = claims.find(practice, id).orElseThrow(() -> new NotFoundException("claim", id.value()));
        ClaimId replacementId = new ClaimId(id.value() + "-r");
        if (claim.status() == ClaimStatus.REPLACED && replacementId.equals(claim.replacedByClaimId())) {
            // a retry of a correction that completed: answer with the replacement
            return new Created(claims.find(practice, replacementId).orElseThrow(), false);
        }
        if (expectedVersion != null && expectedVersion != claim.version()) {
            throw new StaleVersionException("claim", id.value(), expectedVersion);
        }
        boolean inPlace = claim.status() == ClaimStatus.REJECTED;
        boolean replace = ClaimTransitions.isAllowed(claim.status(), ClaimStatus.REPLACED);
        if (!inPlace && !replace) {
            throw new RuleViolationException("claim-not-correctable", "id", "a " + claim.status()
                    + " claim cannot be corrected: only REJECTED claims (in place) and adjudicated ones (by a"
                    + " replacement) can; void it instead");
        }
        String pccn = payerClaimControlNumber != null ? payerClaimControlNumber : claim.payerClaimControlNumber();
        if (replace && pccn == null) {
            throw new RuleViolationException("payer-claim-control-number-missing", "payerClaimControlNumber",
                    "a replacement names the payer's claim control number of the original; it is not known yet:"
                            + " send it as payerClaimControlNumber");
        }
        Encounter encounter = encounters.find(practice, claim.encounterId())
                .orElseThrow(() -> new NotFoundException("encounter", claim.encounterId().value()));
        EncounterFactory.Parsed parsed = parseCorrection(encounter, changes, practice);
        String reason = "corrected " + String.join(", ", EncounterCorrection.changedFields(changes));
        Instant now = clock.now();
        Encounter corrected = encounter.corrected(parsed.details(), parsed.diagnoses(), parsed.procedures(), now);
        if (inPlace) {
            Claim fixed = ClaimFactory.correctedInPlace(claim, corrected, List.of(), actor, reason, now);
            Claim stored = claims.update(scrubbed(fixed, practice, "encounter."));
            audit.changed("claim", id.value(), stored.version(), "CLAIM_CORRECTED");
            saveEncounter(encounter, corrected);
            return new Created(stored, false);
        }
        Claim replacement = scrubbed(ClaimFactory.replacement(claim, corrected, replacementId,
                ClaimFactory.newClaimNumber(), pccn, List.of(), actor, reason, now), practice, "encounter.");
        Claim storedReplacement = claims.create(replacement)
                .orElseGet(() -> claims.find(practice, replacementId).orElseThrow());
        audit.changed("claim", replacementId.value(), storedReplacement.version(), "CLAIM_CREATED");
        Claim replaced = claim.toBuilder().replacedByClaimId(replacementId).payerClaimControlNumber(pccn).build()
                .moveTo(ClaimStatus.REPLACED, actor, "replaced by claim " + storedReplacement.claimNumber().value()
                        + ": " + reason, now);
        Claim storedOriginal = claims.update(replaced);
        audit.changed("claim", id.value(), storedOriginal.version(), "CLAIM_REPLACED");
        saveEncounter(encounter, corrected);
        return new Created(storedReplacement, true);
    }

    /** Voids a claim from any status the table allows; see {@link Claim#voided} for what is sent to the payer. */
    public Claim voidClaim(PracticeId practice, ClaimId id, String reason, Long expectedVersion, String actor) {
        Claim claim = claims.find(practice, id).orElseThrow(() -> new NotFoundException("claim", id.value()));
        if (claim.status() == ClaimStatus.VOIDED) {
            return claim; // a retry: voided already
        }
        if (expectedVersion != null && expectedVersion != claim.version()) {
            throw new StaleVersionException("claim", id.value(), expectedVersion);
        }
        Claim stored = claims.update(claim.voided(actor, "voided: " + reason, clock.now()));
        audit.changed("claim", id.value(), stored.version(), "CLAIM_VOIDED");
        return stored;
    }

    /**
     * The claim scrubbed on the practice's today: every failed rule at once as a 422 (fields named as the
     * encounter's, under {@code prefix}), or the claim carrying the scrubber's warnings.
     */
    private Claim scrubbed(Claim claim, PracticeId practice, String prefix) {
        ScrubResult result = scrubber.scrub(claim, clock.today(practice));
        if (result.hasErrors()) {
            throw new RuleViolationException(result.errors().stream()
                    .map(v -> new Violation(v.rule(), prefix + v.field(), v.message())).toList());
        }
        return claim.toBuilder().warnings(result.warnings().stream()
                .map(w -> new Warning(w.rule(), prefix + w.field(), w.message())).toList()).build();
    }

    /** The corrected encounter's content, with every rule of a new encounter; fields named as in the request. */
    private EncounterFactory.Parsed parseCorrection(Encounter encounter, EncounterInput changes, PracticeId practice) {
        EncounterFactory.Parsed parsed;
        try {
            parsed = encounterFactory.parse(EncounterCorrection.overlay(EncounterCorrection.inputOf(encounter), changes),
                    clock.today(practice));
        } catch (RuleViolationException e) {
            throw new RuleViolationException(e.violations().stream()
                    .map(v -> new Violation(v.rule(), v.field().isEmpty() ? "encounter" : "encounter." + v.field(), v.message()))
                    .toList());
        }
        if (parsed.details().coverage() == null) {
            throw new RuleViolationException("self-pay-encounter", "encounter.coverage", "a claim needs a coverage");
        }
        if (parsed.diagnoses().isEmpty() || parsed.procedures().isEmpty()) {
            throw new RuleViolationException("encounter-not-coded", "encounter",
                    "a claim needs at least one diagnosis and one procedure");
        }
        return parsed;
    }

    /** Writes the correction onto the encounter as read, or onto a fresher read when another write came first. */
    private void saveEncounter(Encounter read, Encounter corrected) {
        encounters.updateRetrying(read, e -> e.corrected(corrected.details(), corrected.diagnoses(),
                        corrected.procedures(), clock.now()))
                .ifPresent(stored -> audit.changed("encounter", stored.id().value(), stored.version(), "ENCOUNTER_CORRECTED"));
    }

    static ClaimId originalClaimId(EncounterId encounter) {
        return new ClaimId("c-" + encounter.value());
    }

    private void markBilled(Encounter encounter) {
        encounters.updateRetrying(encounter, e -> e.status() == EncounterStatus.BILLED ? null
                        : e.withStatus(EncounterStatus.BILLED, clock.now()))
                .ifPresent(billed -> audit.changed("encounter", billed.id().value(), billed.version(), "ENCOUNTER_BILLED"));
    }
}
