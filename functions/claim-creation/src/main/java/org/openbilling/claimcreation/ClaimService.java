package org.openbilling.claimcreation;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.openbilling.codesets.scrub.ClaimScrubber;
import org.openbilling.codesets.scrub.ScrubResult;
import org.openbilling.domain.claim.ChainRules;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimFactory;
import org.openbilling.domain.claim.ClaimStatus;
import org.openbilling.domain.claim.Corrections;
import org.openbilling.domain.claim.PayerClaimControlNumber;
import org.openbilling.domain.claim.Warning;
import org.openbilling.domain.common.ClaimId;
import org.openbilling.domain.common.EncounterId;
import org.openbilling.domain.common.NotFoundException;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.common.RuleViolationException;
import org.openbilling.domain.common.StaleVersionException;
import org.openbilling.domain.common.Violation;
import org.openbilling.domain.common.Violations;
import org.openbilling.domain.encounter.Encounter;
import org.openbilling.domain.encounter.EncounterCorrection;
import org.openbilling.domain.encounter.EncounterFactory;
import org.openbilling.domain.encounter.EncounterInput;
import org.openbilling.domain.encounter.EncounterStatus;
import org.openbilling.dynamodb.claim.ClaimRepository;
import org.openbilling.dynamodb.encounter.EncounterRepository;
import org.openbilling.dynamodb.invoice.ClaimInvoices;
import org.openbilling.dynamodb.audit.Audit;
import org.openbilling.dynamodb.practice.PracticeClock;

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
    private final ClaimInvoices claimInvoices;
    private final PracticeClock clock;
    private final Audit audit;

    public ClaimService(ClaimRepository claims, EncounterRepository encounters, EncounterFactory encounterFactory,
                        ClaimScrubber scrubber, ClaimInvoices claimInvoices, PracticeClock clock, Audit audit) {
        this.claims = claims;
        this.encounters = encounters;
        this.encounterFactory = encounterFactory;
        this.scrubber = scrubber;
        this.claimInvoices = claimInvoices;
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
        Claim latest = existing.map(c -> latestOf(practice, c)).orElse(null);
        if (latest != null && latest.status() == ClaimStatus.VOIDED) {
            // the encounter's claim was voided: the service is billed anew, as a new claim linked to the voided one
            return billAnew(practice, latest, encounter, "billed again after the void", "", actor);
        }
        if (existing.isPresent()) {
            // a retry after a crash: finish the steps the first run may not have reached; none is doubled
            audit.changed("claim", id.value(), 1, "CLAIM_CREATED");
            markBilled(encounter);
            return new Created(latest, false); // the claim that bills the encounter now
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
     * Corrects a claim from changed encounter fields; {@link Corrections} says what comes out. A REJECTED claim is
     * corrected in place and is READY again; an adjudicated one (PAID, PARTIALLY_PAID, DENIED) gets a replacement
     * claim (frequency 7, the payer's claim control number) and becomes REPLACED; one the payer could not process
     * (CARC 16 / MA130) gets a new original claim (frequency 1) and becomes REPLACED; a VOIDED one is billed anew as
     * a new claim and stays VOIDED. The new claim's id derives from the old one's, so a retry after a crash finishes
     * the job instead of making a second one. The old claim's patient invoices are withdrawn (what the patient paid
     * is carried to the new claim's invoice once it has one).
     */
    public Created correct(PracticeId practice, ClaimId id, EncounterInput changes, String payerClaimControlNumber,
                           Long expectedVersion, String actor) {
        Claim claim = claims.find(practice, id).orElseThrow(() -> new NotFoundException("claim", id.value()));
        ClaimId replacementId = successorId(claim.id());
        if ((claim.status() == ClaimStatus.REPLACED || claim.status() == ClaimStatus.VOIDED)
                && replacementId.equals(claim.replacedByClaimId())) {
            // a retry of a correction that completed: answer with the claim it made
            return new Created(claims.find(practice, replacementId).orElseThrow(), false);
        }
        if (expectedVersion != null && expectedVersion != claim.version()) {
            throw new StaleVersionException("claim", id.value(), expectedVersion);
        }
        Corrections.Kind kind = Corrections.kindOf(claim);
        if (kind != Corrections.Kind.IN_PLACE) {
            refuseWhileNextClaimStands(practice, claim);
        }
        PayerClaimControlNumber pccn = payerClaimControlNumber != null
                ? new PayerClaimControlNumber(payerClaimControlNumber) : claim.payerClaimControlNumber();
        if (kind == Corrections.Kind.REPLACEMENT && pccn == null) {
            throw new RuleViolationException("payer-claim-control-number-missing", "payerClaimControlNumber",
                    "a replacement names the payer's claim control number of the original; it is not known yet:"
                            + " send it as payerClaimControlNumber");
        }
        Encounter encounter = encounters.find(practice, claim.encounterId())
                .orElseThrow(() -> new NotFoundException("encounter", claim.encounterId().value()));
        EncounterFactory.Parsed parsed = parseCorrection(encounter, changes, practice);
        String reason = correctionReason(changes);
        Instant now = clock.now();
        Encounter corrected = encounter.corrected(parsed.details(), parsed.coding(), now);
        if (kind == Corrections.Kind.IN_PLACE) {
            Claim fixed = ClaimFactory.correctedInPlace(claim, corrected, List.of(), actor, reason, now);
            Claim stored = claims.update(scrubbed(fixed, practice, "encounter."));
            audit.changed("claim", id.value(), stored.version(), "CLAIM_CORRECTED");
            saveEncounter(encounter, corrected);
            return new Created(stored, false);
        }
        if (claim.status() == ClaimStatus.VOIDED) {
            Created made = billAnew(practice, claim, corrected, reason, "encounter.", actor);
            saveEncounter(encounter, corrected);
            return made;
        }
        Claim built = kind == Corrections.Kind.REPLACEMENT
                ? ClaimFactory.replacement(claim, corrected, replacementId, ClaimFactory.newClaimNumber(), pccn,
                        List.of(), actor, reason, now)
                : ClaimFactory.billedAnew(claim, corrected, replacementId, ClaimFactory.newClaimNumber(), List.of(),
                        actor, "the payer could not process it (CARC 16 / MA130: submit a new claim); " + reason, now);
        Claim replacement = scrubbed(built, practice, "encounter.");
        Claim storedReplacement = claims.create(replacement)
                .orElseGet(() -> claims.find(practice, replacementId).orElseThrow());
        audit.changed("claim", replacementId.value(), storedReplacement.version(), "CLAIM_CREATED");
        Claim replaced = claim.withLinks(claim.links().withReplacedBy(replacementId).withPayerClaimControlNumber(
                        kind == Corrections.Kind.REPLACEMENT ? pccn : claim.payerClaimControlNumber()))
                .moveTo(ClaimStatus.REPLACED, actor, "replaced by claim " + storedReplacement.claimNumber().value()
                        + (kind == Corrections.Kind.NEW_CLAIM ? " (a new claim, frequency 1)" : "") + ": " + reason, now);
        Claim storedOriginal = claims.update(replaced);
        audit.changed("claim", id.value(), storedOriginal.version(), "CLAIM_REPLACED");
        settleInvoices(practice, storedOriginal, actor);
        saveEncounter(encounter, corrected);
        return new Created(storedReplacement, true);
    }

    /** The history's words for a correction: the fields it changed, or that it changed none. */
    static String correctionReason(EncounterInput changes) {
        List<String> fields = EncounterCorrection.changedFields(changes);
        return fields.isEmpty() ? "corrected without changes (sent again as it was)"
                : "corrected " + String.join(", ", fields);
    }

    /**
     * Bills anew what a VOIDED claim billed: a new claim (frequency 1) from the encounter, linked both ways
     * ({@code originalClaimId}, and the voided claim's {@code replacedByClaimId}); the encounter is BILLED again. Its
     * id derives from the voided claim's, so a retry or a racing request answers the same claim.
     */
    private Created billAnew(PracticeId practice, Claim voided, Encounter encounter, String reason, String fieldPrefix,
                             String actor) {
        ClaimId nextId = successorId(voided.id());
        Optional<Claim> made = claims.find(practice, nextId);
        boolean isNew = false;
        if (made.isEmpty()) {
            Claim built = ClaimFactory.billedAnew(voided, encounter, nextId, ClaimFactory.newClaimNumber(), List.of(),
                    actor, reason, clock.now());
            made = claims.create(scrubbed(built, practice, fieldPrefix));
            isNew = made.isPresent();
            if (isNew) {
                audit.changed("claim", nextId.value(), made.get().version(), "CLAIM_CREATED");
            } else {
                made = claims.find(practice, nextId); // a racing request made it a moment ago
            }
        }
        Claim next = made.orElseThrow();
        if (voided.replacedByClaimId() == null) {
            Claim current = voided;
            for (int attempt = 0; current.replacedByClaimId() == null; attempt++) {
                try {
                    Claim linked = claims.update(current.withLinks(current.links().withReplacedBy(nextId))
                            .noted(actor, "billed anew as claim " + next.claimNumber().value(), clock.now()));
                    audit.changed("claim", linked.id().value(), linked.version(), "CLAIM_BILLED_ANEW");
                    break;
                } catch (StaleVersionException raced) {
                    if (attempt >= 20) {
                        throw raced;
                    }
                    current = claims.find(practice, voided.id()).orElseThrow();
                }
            }
        }
        markBilled(encounter);
        return new Created(next, isNew);
    }

    /** Voids a claim from any status the table allows; see {@link Claim#voided} for what is sent to the payer. */
    public Claim voidClaim(PracticeId practice, ClaimId id, String reason, Long expectedVersion, String actor) {
        Claim claim = claims.find(practice, id).orElseThrow(() -> new NotFoundException("claim", id.value()));
        if (claim.status() != ClaimStatus.VOIDED) {
            if (expectedVersion != null && expectedVersion != claim.version()) {
                throw new StaleVersionException("claim", id.value(), expectedVersion);
            }
            refuseWhileNextClaimStands(practice, claim);
            claim = claims.update(claim.voided(actor, "voided: " + reason, clock.now()));
            audit.changed("claim", id.value(), claim.version(), "CLAIM_VOIDED");
        }
        // what follows the void, again on a retry (a VOIDED claim is answered after finishing it): the patient's
        // invoices withdrawn, and the encounter billable anew unless it was billed anew already
        Claim settled = settleInvoices(practice, claim, actor);
        if (settled.replacedByClaimId() == null) {
            encounters.find(practice, settled.encounterId()).ifPresent(e -> encounters.updateRetrying(e,
                            x -> x.status() == EncounterStatus.BILLED ? x.unbilled(clock.now()) : null)
                    .ifPresent(u -> audit.changed("encounter", u.id().value(), u.version(), "ENCOUNTER_UNBILLED")));
        }
        return settled;
    }

    /**
     * A claim whose next payer was billed from its adjudication is not voided or replaced while that claim stands:
     * the next payer would keep a claim built on an adjudication that no longer exists. The next claim is corrected
     * (or voided) first ({@link ChainRules#CORRECT_NEXT_FIRST}).
     */
    private void refuseWhileNextClaimStands(PracticeId practice, Claim claim) {
        if (claim.chain().nextClaimId() == null) {
            return;
        }
        Violations v = new Violations();
        ChainRules.checkCorrection(claim, claims.find(practice, claim.chain().nextClaimId()).orElse(null), "claimId", v);
        v.throwIfAny();
    }

    /** The claim's patient invoices after a void or a replacement ({@link ClaimInvoices}), with their audit entries. */
    private Claim settleInvoices(PracticeId practice, Claim claim, String actor) {
        ClaimInvoices.Settled settled = claimInvoices.settle(practice, claim, actor, clock.now());
        settled.audit().forEach(c -> audit.changed(c.recordType(), c.recordId(), c.version(), c.action()));
        return settled.claim();
    }

    /** The last claim of a chain of replacements and claims billed anew, starting from {@code first}. */
    private Claim latestOf(PracticeId practice, Claim first) {
        Claim c = first;
        for (int i = 0; i < 20 && c.replacedByClaimId() != null; i++) {
            Optional<Claim> next = claims.find(practice, c.replacedByClaimId());
            if (next.isEmpty()) {
                break; // linked before the crash that kept it from being made: the claim as it stands
            }
            c = next.get();
        }
        return c;
    }

    /** The id of the claim that replaces, or bills anew, {@code id}. */
    static ClaimId successorId(ClaimId id) {
        return new ClaimId(id.value() + "-r");
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
        return claim.withBilled(claim.billed().withWarnings(result.warnings().stream()
                .map(w -> new Warning(w.rule(), prefix + w.field(), w.message())).toList()));
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
        if (parsed.details().coverages().isEmpty()) {
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
        encounters.updateRetrying(read, e -> e.corrected(corrected.details(), corrected.coding(), clock.now()))
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
