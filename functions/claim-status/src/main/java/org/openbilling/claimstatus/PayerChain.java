package org.openbilling.claimstatus;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimFactory;
import org.openbilling.domain.claim.PriorAdjudication;
import org.openbilling.domain.common.ClaimId;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.dynamodb.audit.AuditLog;
import org.openbilling.dynamodb.claim.ClaimRepository;
import org.openbilling.domain.encounter.CoveragePosition;

/**
 * The claims of a visit's chain of payers: when a payer's adjudication is posted on a claim and the visit has a
 * coverage after that payer, the claim to the next payer is made, in two idempotent steps so that a retry after a
 * crash between them (or a second post of the same 835) ends as one clean run:
 * <ol>
 * <li>the claim is linked forward in the same write that posts the adjudication ({@link #linkedForward}): the next
 *     claim's id is derived from this claim's id and the next place, so it is known before the claim exists;</li>
 * <li>the next claim is created under that id (a conditional create: a retry finds it made), holding every earlier
 *     payer's adjudication and linked back to this claim.</li>
 * </ol>
 * Both doors use it: the 835's CLPs ({@link RemittanceService}) and adjudications entered by hand
 * ({@link ClaimStatusService}).
 */
@ApplicationScoped
public class PayerChain {
    private final ClaimRepository claims;
    private final PostingHooks hooks;

    public PayerChain(ClaimRepository claims, PostingHooks hooks) {
        this.claims = claims;
        this.hooks = hooks;
    }

    /** The claim made for the next payer (null: none) with its audit entry. */
    public record Advanced(Claim next, List<AuditLog.Change> audit) {
    }

    /**
     * {@code posted} (a claim with an adjudication just applied) linked forward to the claim of the next payer, when the
     * visit has a coverage after its payer and an adjudication stands; unchanged otherwise (a link already there
     * stays). After a reversal the link is dropped: a reversal posts only once the next claim is voided
     * ({@code ChainRules.checkReversal}), and the claim's next adjudication bills the next payer anew, under the id
     * of the next generation ({@code <id>.S2}: one more than the reversals the claim has had).
     */
    public static Claim linkedForward(Claim posted, String actor, Instant now) {
        if (!posted.hasNextPayer()) {
            return posted;
        }
        CoveragePosition place = CoveragePosition.of(posted.payerSequence().ordinal() + 1);
        String payer = "the " + place.name().toLowerCase(java.util.Locale.ROOT) + " payer";
        if (posted.standingPosting().isEmpty()) {
            return posted.chain().nextClaimId() == null ? posted
                    : posted.withLinks(posted.links().withChain(posted.chain().withNext(null))).noted(actor,
                    "adjudication reversed: " + payer + " is billed anew after the next adjudication", now);
        }
        if (posted.chain().nextClaimId() != null) {
            return posted;
        }
        int n = 1 + (int) posted.postings().stream().filter(org.openbilling.domain.claim.Posting::reversal).count();
        return posted.withLinks(posted.links().withChain(posted.chain().withNext(ClaimFactory.nextId(posted.id(), place,
                n)))).noted(actor, payer + " is billed next", now);
    }

    /**
     * After {@code claim} was stored linked forward: the claim to the next payer, made from {@code prior} (the posted
     * adjudication as the next payer is told it), recorded as sent when {@code crossoverBy} (the payer that forwarded
     * it) is given. Nothing when the claim links to no next claim.
     */
    public Advanced advance(PracticeId practice, Claim claim, PriorAdjudication prior, String crossoverBy, String actor,
                            Instant now) {
        ClaimId nextId = claim.chain().nextClaimId();
        if (nextId == null) {
            return new Advanced(null, List.of());
        }
        // the conditional create first: on the first run it is the only call, and a retry that finds the claim made
        // pays one read more
        Claim built = ClaimFactory.nextInChain(claim, prior, crossoverBy, actor, now);
        Claim next = claims.create(built).orElseGet(() -> claims.find(practice, nextId).orElseThrow());
        hooks.chainStep();
        // a retry finds the claim made and writes the same entry again, under the same key
        return new Advanced(next, List.of(new AuditLog.Change("claim", nextId.value(), 1, next.chain().crossover()
                ? "CLAIM_SENT_BY_CROSSOVER" : "CLAIM_CREATED_FOR_NEXT_PAYER")));
    }

    /**
     * The claim of {@code claim}'s chain at the 0-based {@code place} a payer says it processed the claim as:
     * {@code claim} itself when the place is unknown or not after its own, else the claims after it followed; null
     * when the chain has no claim there yet.
     */
    public Claim atPlace(PracticeId practice, Claim claim, int place) {
        Claim at = claim;
        while (at != null && place > at.payerSequence().ordinal()) {
            at = next(practice, at);
        }
        return at;
    }

    /** The claim before {@code claim} in its chain; null for a primary claim or one not found. */
    public Claim previous(PracticeId practice, Claim claim) {
        ClaimId id = claim.chain().previousClaimId();
        return id == null ? null : claims.find(practice, id).orElse(null);
    }

    /** The claim after {@code claim} in its chain; null when none was made. */
    public Claim next(PracticeId practice, Claim claim) {
        ClaimId id = claim.chain().nextClaimId();
        return id == null ? null : claims.find(practice, id).orElse(null);
    }
}
