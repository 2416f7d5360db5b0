package org.openbilling.claimstatus;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.openbilling.domain.claim.ChainRules;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.HistoryEntry;
import org.openbilling.domain.claim.Posting;
import org.openbilling.domain.claim.PriorAdjudication;
import org.openbilling.domain.common.ClaimId;
import org.openbilling.domain.common.NotFoundException;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.common.RuleViolationException;
import org.openbilling.domain.common.Violation;
import org.openbilling.domain.common.Violations;
import org.openbilling.domain.encounter.CoveragePosition;
import org.openbilling.domain.encounter.Encounter;
import org.openbilling.domain.encounter.EncounterCorrection;
import org.openbilling.domain.encounter.EncounterFactory;
import org.openbilling.domain.encounter.EncounterInput.CoverageInput;
import org.openbilling.domain.encounter.Parties.Coverage;
import org.openbilling.dynamodb.audit.Audit;
import org.openbilling.dynamodb.claim.ClaimRepository;
import org.openbilling.dynamodb.encounter.EncounterRepository;
import org.openbilling.dynamodb.invoice.ClaimInvoices;
import org.openbilling.dynamodb.practice.PracticeClock;

/**
 * A coverage the patient reports after the visit was billed (POST /claims/{id}/coverages): added after the claim's
 * payer, on the visit and on the claim. When the claim's payer has decided already, the claim to the new payer is
 * made at once from that adjudication ({@link PayerChain}, the same deterministic id an 835 would give it), and the
 * patient invoice made after that adjudication is voided as moved to the next payer, what the patient paid on it
 * kept as a credit that the last payer's invoice receives. Otherwise the next claim is made when the adjudication
 * is posted, as for a coverage known from the start. Steps, each idempotent, so that the same request again (a
 * retry, after a crash at any step) finishes the job and makes nothing twice:
 * <ol>
 * <li>the visit's coverages (a versioned write of the encounter, skipped when it lists the coverage already);</li>
 * <li>the claim's coverages and its link to the next claim, in one versioned write;</li>
 * <li>the next claim, a conditional create;</li>
 * <li>the patient's invoices ({@link ClaimInvoices}): voided as moved, the credit kept.</li>
 * </ol>
 */
@ApplicationScoped
public class LaterCoverages {
    private final ClaimRepository claims;
    private final EncounterRepository encounters;
    private final EncounterFactory encounterFactory;
    private final ClaimChanges changes;
    private final ClaimInvoices claimInvoices;
    private final PayerChain payerChain;
    private final PracticeClock clock;
    private final Audit audit;
    private final PostingHooks hooks;

    public LaterCoverages(ClaimRepository claims, EncounterRepository encounters, EncounterFactory encounterFactory,
                          ClaimChanges changes, ClaimInvoices claimInvoices, PayerChain payerChain, PracticeClock clock,
                          Audit audit, PostingHooks hooks) {
        this.claims = claims;
        this.encounters = encounters;
        this.encounterFactory = encounterFactory;
        this.changes = changes;
        this.claimInvoices = claimInvoices;
        this.payerChain = payerChain;
        this.clock = clock;
        this.audit = audit;
        this.hooks = hooks;
    }

    /** Adds {@code coverage} after the claim's payer; answers the claim as it stands after every step. */
    public Claim add(PracticeId practice, ClaimId id, CoverageInput coverage, String actor) {
        Claim claim = claims.find(practice, id).orElseThrow(() -> new NotFoundException("claim", id.value()));
        Violations v = new Violations();
        ChainRules.checkLaterCoverage(claim, "coverage", v);
        v.throwIfAny();
        int place = claim.payerSequence().ordinal() + 1;
        Encounter encounter = encounters.find(practice, claim.encounterId())
                .orElseThrow(() -> new NotFoundException("encounter", claim.encounterId().value()));
        List<Coverage> kept = claim.details().coverages().subList(0, place);
        List<Coverage> all = parse(encounter, kept, coverage, place, practice);
        Coverage added = all.get(place);
        if (claim.details().coverages().size() > place && !claim.details().coverages().get(place).equals(added)) {
            Coverage there = claim.details().coverages().get(place);
            throw new RuleViolationException(ChainRules.NEXT_COVERAGE_EXISTS, "coverage", "the visit of claim "
                    + claim.claimNumber().value() + " has a " + CoveragePosition.of(place) + " coverage already ("
                    + there.payerName() + "): correct that claim's coverage instead");
        }
        Instant now = clock.now();
        // 1. the visit
        encounters.updateRetrying(encounter, e -> hasCoverages(e.details().coverages(), all) ? null
                        : e.corrected(e.details().withCoverages(all), e.coding(), now))
                .ifPresent(e -> audit.changed("encounter", e.id().value(), e.version(), "ENCOUNTER_COVERAGE_ADDED"));
        // 2. the claim, linked forward when its payer has decided
        String note = "coverage added after the claim was billed: the " + CoveragePosition.of(place).name()
                .toLowerCase(java.util.Locale.ROOT) + " payer is " + added.payerName();
        Claim stored = changes.apply(practice, claim, c -> c.details().coverages().size() > place ? c
                : PayerChain.linkedForward(c.withBilled(c.billed().withDetails(c.details().withCoverages(all)))
                        .noted(actor, note, now), actor, now), "CLAIM_COVERAGE_ADDED", actor, now);
        hooks.claimPosted();
        // 3. the next claim, from the adjudication that stands
        if (stored.chain().nextClaimId() != null && stored.standingPosting().isPresent()) {
            PayerChain.Advanced advanced = payerChain.advance(practice, stored,
                    PriorAdjudication.ofStanding(stored, adjudicatedOn(practice, stored)), null, actor, now);
            advanced.audit().forEach(w -> audit.changed(w.recordType(), w.recordId(), w.version(), w.action()));
        }
        // 4. the patient's invoices: the share moved to the next payer, the patient's payments kept as a credit
        ClaimInvoices.Settled settled = claimInvoices.settle(practice, stored, actor, now);
        settled.audit().forEach(w -> audit.changed(w.recordType(), w.recordId(), w.version(), w.action()));
        return settled.claim();
    }

    /**
     * The visit's coverages with {@code added} after {@code kept}, checked with every rule of a new encounter; the
     * added coverage's findings are named {@code coverage...}, the rest {@code encounter...}.
     */
    private List<Coverage> parse(Encounter encounter, List<Coverage> kept, CoverageInput added, int place,
                                 PracticeId practice) {
        if (added == null) {
            throw new RuleViolationException("required", "coverage", "coverage is required");
        }
        String sent = "coverages[" + place + "]";
        try {
            return encounterFactory.parse(EncounterCorrection.withCoverageAdded(encounter, kept, added),
                    clock.today(practice)).details().coverages();
        } catch (RuleViolationException e) {
            throw new RuleViolationException(e.violations().stream().map(x -> new Violation(x.rule(),
                    x.field().startsWith(sent) ? "coverage" + x.field().substring(sent.length())
                            : x.field().isEmpty() ? "encounter" : "encounter." + x.field(), x.message())).toList());
        }
    }

    /** True when the visit lists {@code all} already (a retry after the visit's write). */
    private static boolean hasCoverages(List<Coverage> current, List<Coverage> all) {
        return current.equals(all);
    }

    /** The practice's date the standing adjudication was posted on (its move in the history), as the next payer is told. */
    private LocalDate adjudicatedOn(PracticeId practice, Claim claim) {
        Posting p = claim.standingPosting().orElseThrow();
        Instant at = claim.updatedAt();
        for (HistoryEntry h : claim.history()) {
            if (h.to() == p.outcome()) {
                at = h.at();
            }
        }
        return at.atZone(clock.zoneOf(practice)).toLocalDate();
    }
}
