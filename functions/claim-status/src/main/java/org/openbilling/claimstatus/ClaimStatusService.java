package org.openbilling.claimstatus;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.openbilling.domain.claim.Adjudication;
import org.openbilling.domain.claim.ChainRules;
import org.openbilling.domain.claim.PriorAdjudication;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimStatus;
import org.openbilling.domain.claim.Posting;
import org.openbilling.domain.common.ClaimId;
import org.openbilling.domain.common.NotFoundException;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.common.StaleVersionException;
import org.openbilling.domain.common.Violations;
import org.openbilling.domain.invoice.InvoiceLine;
import org.openbilling.dynamodb.claim.ClaimRepository;
import org.openbilling.dynamodb.invoice.ClaimInvoices;
import org.openbilling.dynamodb.practice.PracticeRepository;
import org.openbilling.dynamodb.audit.Audit;
import org.openbilling.dynamodb.practice.PracticeClock;

/** Moves claims through the contract's table of transitions, each move recorded with who, when and why. */
@ApplicationScoped
public class ClaimStatusService {
    /** Enough for a hundred writers racing on one claim to each get through. */
    private static final int MAX_ATTEMPTS = 200;
    /** The statuses an adjudication leads to; moving one back to ACCEPTED is a reversal. */
    static final Set<ClaimStatus> ADJUDICATED = Set.of(ClaimStatus.PAID, ClaimStatus.PARTIALLY_PAID, ClaimStatus.DENIED);
    private final ClaimRepository claims;
    private final PracticeRepository practices;
    private final ClaimChanges changes;
    private final ClaimInvoices claimInvoices;
    private final PracticeClock clock;
    private final Audit audit;
    private final org.openbilling.claimstatus.workqueue.WorkQueue queue;
    private final PayerChain payerChain;

    public ClaimStatusService(ClaimRepository claims, PracticeRepository practices, ClaimChanges changes,
                              ClaimInvoices claimInvoices, PracticeClock clock, Audit audit,
                              org.openbilling.claimstatus.workqueue.WorkQueue queue, PayerChain payerChain) {
        this.queue = queue;
        this.payerChain = payerChain;
        this.claims = claims;
        this.practices = practices;
        this.changes = changes;
        this.claimInvoices = claimInvoices;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * Applies a move. With {@code expectedVersion} the caller's view must be current (else 409); without it the
     * move is retried on a fresh read when another write came first, so that no answered update is ever lost.
     * A move from PAID, PARTIALLY_PAID or DENIED back to ACCEPTED backs out what the standing adjudication booked
     * (amounts, adjustments, line payments), as an 835 reversal does, and its patient invoice is voided, what the
     * patient paid on it kept as a credit for the next invoice of the claim ({@link ClaimInvoices}). VOIDED and
     * REPLACED never come here: they have flows of their own (see {@link ClaimStatusResource}).
     */
    public Claim move(PracticeId practice, ClaimId id, ClaimStatus to, String reason, Long expectedVersion, String actor,
                      String idempotencyKey) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Claim current = find(practice, id);
            if (expectedVersion != null && expectedVersion != current.version()) {
                throw new StaleVersionException("claim", id.value(), expectedVersion);
            }
            if (to == ClaimStatus.ACCEPTED && ADJUDICATED.contains(current.status())
                    && current.postings().stream().anyMatch(Posting::standing)) {
                Violations v = new Violations();
                ChainRules.checkReversal(current, payerChain.next(practice, current), "claimId", v);
                v.throwIfAny();
                String key = ManualAdjudication.key(id.value(), idempotencyKey, current.version(), "reversal");
                String why = "adjudication reversed by hand" + (reason == null ? "" : ": " + reason);
                return post(practice, current, ManualAdjudication.reversal(key, why), List.of(), expectedVersion, actor);
            }
            Claim moved = current.moveTo(to, actor, reason, clock.now());
            try {
                Claim stored = claims.update(moved);
                audit.changed("claim", id.value(), stored.version(), "CLAIM_STATUS_" + to.name());
                queue.claimMoved(practice, stored, clock.now());
                return stored;
            } catch (StaleVersionException raced) {
                if (expectedVersion != null) {
                    throw raced;
                }
                backOff(attempt);
            }
        }
        throw new StaleVersionException("the claim is changing too often right now; retry");
    }

    /**
     * Posts a payer's verdict entered by hand (the {@code adjudication} of POST /claims/{id}/status): checked against
     * the claim (lines, balance, outcome), then posted exactly like an 835's claim payment, and its patient share
     * invoiced. With the same Idempotency-Key a retry finds its posting on the claim and books nothing twice.
     */
    public Claim adjudicate(PracticeId practice, ClaimId id, ClaimStatus to, ManualAdjudication.Checked checked,
                            String reason, Long expectedVersion, String actor, String idempotencyKey,
                            String fingerprint) {
        Claim current = find(practice, id);
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw new StaleVersionException("claim", id.value(), expectedVersion);
        }
        String why = "adjudication entered by hand: " + to + ", paid " + checked.paid()
                + (reason == null ? "" : " (" + reason + ")");
        if (idempotencyKey == null) {
            // the same body again, while the adjudication it posted stands: a retry (perhaps after a crash between
            // the claim write and its invoice), answered with the claim and its invoice, never a second posting
            for (Posting p : current.postings()) {
                String earlier = ManualAdjudication.key(id.value(), null, p.claimVersion() - 1, fingerprint);
                if (p.standing() && p.key().equals(earlier)) {
                    Adjudication a = ManualAdjudication.toAdjudication(checked, to, earlier, why);
                    return post(practice, current, a, ManualAdjudication.shareLines(current, a.adjustments()), null, actor);
                }
            }
        }
        Violations v = new Violations();
        ManualAdjudication.checkAgainst(current, to, checked, v);
        ChainRules.checkAdjudication(current, payerChain.previous(practice, current), false, checked.paid(),
                "adjudication.", v);
        v.throwIfAny();
        String key = ManualAdjudication.key(id.value(), idempotencyKey, current.version(), fingerprint);
        Adjudication a = ManualAdjudication.toAdjudication(checked, to, key, why);
        return post(practice, current, a, ManualAdjudication.shareLines(current, a.adjustments()), expectedVersion, actor);
    }

    private Claim post(PracticeId practice, Claim current, Adjudication verdict, List<InvoiceLine> verdictShare,
                       Long expectedVersion, String actor) {
        Instant now = clock.now();
        // the patient is invoiced after the last payer only: with a later coverage the share goes to that payer
        boolean later = current.hasNextPayer();
        Adjudication a = later ? verdict.withoutInvoice() : verdict;
        List<InvoiceLine> shareLines = later ? List.of() : verdictShare;
        Claim stored = changes.apply(practice, current, c -> {
            if (c.hasPosting(a.key())) {
                return c; // a retry: posted already, only its invoices may be missing
            }
            if (expectedVersion != null && c.version() != expectedVersion) {
                throw new StaleVersionException("claim", c.id().value(), expectedVersion);
            }
            return PayerChain.linkedForward(c.post(a, actor, now), actor, now);
        }, a.reversal() ? "CLAIM_ADJUDICATION_REVERSED" : "CLAIM_ADJUDICATED", actor, now);
        Posting posting = stored.posting(a.key()).orElseThrow();
        ClaimInvoices.Settled settled = claimInvoices.settle(practice, stored, posting, shareLines, a.reason(),
                clock.today(practice), practices.find(practice).statementDueDays(), actor, now);
        settled.audit().forEach(w -> audit.changed(w.recordType(), w.recordId(), w.version(), w.action()));
        if (!a.reversal() && settled.claim().chain().nextClaimId() != null) {
            PayerChain.Advanced advanced = payerChain.advance(practice, settled.claim(),
                    PriorAdjudication.of(settled.claim(), a, clock.today(practice)), null, actor, now);
            advanced.audit().forEach(w -> audit.changed(w.recordType(), w.recordId(), w.version(), w.action()));
        }
        queue.posted(practice, settled.claim(), posting, clock.today(practice), now);
        return settled.claim();
    }

    private Claim find(PracticeId practice, ClaimId id) {
        return claims.find(practice, id).orElseThrow(() -> new NotFoundException("claim", id.value()));
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep(Math.min(50, 1 + (long) (Math.random() * (attempt + 1) * 2)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
