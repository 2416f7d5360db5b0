package org.openbilling.claimstatus;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openbilling.contract.AcknowledgementAnswer;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.PayerClaimControlNumber;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.submission.StatusInquiry;
import org.openbilling.claimstatus.workqueue.WorkQueue;
import org.openbilling.dynamodb.claim.ClaimRepository;
import org.openbilling.dynamodb.practice.PracticeClock;
import org.openbilling.x12.ClaimStatus277Reader;
import org.openbilling.x12.ClaimStatusAnswer;

/**
 * Reads a 277 claim status response (005010X212), the payer's answer to our 276: each claim's status category and
 * codes go into its history once (the same answer posted again changes nothing), and the work queue opens or
 * resolves its items. A claim is found by the trace of our inquiry (TRN02 begins with its claim number), else by
 * REF*EJ, only within the caller's practice: another practice's claim, or a claim we do not know, is "unmatched".
 * The 277 moves no claim: money and verdicts come with the 835.
 */
@ApplicationScoped
public class StatusResponseService {
    private final ClaimRepository claims;
    private final ClaimChanges changes;
    private final PracticeClock clock;
    private final WorkQueue queue;

    public StatusResponseService(ClaimRepository claims, ClaimChanges changes, PracticeClock clock, WorkQueue queue) {
        this.claims = claims;
        this.changes = changes;
        this.clock = clock;
        this.queue = queue;
    }

    public List<AcknowledgementAnswer.ClaimStatus> apply(PracticeId practice, String actor, byte[] x12, List<String> unmatched) {
        List<ClaimStatusAnswer> answers = new ClaimStatus277Reader().read(new ByteArrayInputStream(x12));
        Instant now = clock.now();
        LocalDate today = clock.today(practice);
        LinkedHashSet<String> numbers = new LinkedHashSet<>();
        for (ClaimStatusAnswer a : answers) {
            numbers.addAll(candidates(a));
        }
        Map<String, Claim> found = claims.findAllByNumberText(practice, new ArrayList<>(numbers));
        List<AcknowledgementAnswer.ClaimStatus> out = new ArrayList<>();
        // one claim's answers in file order, each read back after the last one's write
        Map<String, Claim> current = new java.util.HashMap<>();
        for (ClaimStatusAnswer a : answers) {
            Claim claim = null;
            for (String n : candidates(a)) {
                claim = current.getOrDefault(n, found.get(n));
                if (claim != null) {
                    break;
                }
            }
            if (claim == null) {
                unmatched.add(a.claimNumber() != null ? a.claimNumber() : "trace " + a.trace());
                continue;
            }
            String reason = AcknowledgementService.clip(reason(a));
            boolean recorded = claim.history().stream().noneMatch(h -> reason.equals(h.reason()));
            Claim stored = changes.apply(practice, claim, c -> {
                if (c.history().stream().anyMatch(h -> reason.equals(h.reason()))) {
                    return c;
                }
                Claim next = c.noted(actor, reason, now);
                if (a.payerClaimControlNumber() != null && !a.payerClaimControlNumber().isBlank()
                        && next.payerClaimControlNumber() == null) {
                    next = next.withLinks(next.links().withPayerClaimControlNumber(
                            new PayerClaimControlNumber(a.payerClaimControlNumber())));
                }
                return next;
            }, "CLAIM_277_STATUS", actor, now);
            current.put(stored.claimNumber().value(), stored);
            // after the claim's write, and again on a re-post (the item's id makes it once)
            String item = queue.statusAnswered(practice, stored, a.categoryCode(), a.statusCodes(), a.trace(), recorded,
                    today, now);
            out.add(new AcknowledgementAnswer.ClaimStatus(stored.id().value(), stored.claimNumber().value(), a.trace(), a.categoryCode(),
                    a.kind().name(), a.statusCodes(), a.paidAmount() == null ? null : a.paidAmount().toString(),
                    recorded, item));
        }
        return out;
    }

    /** The claim numbers an answer may name, the trace's first: ours begin with the claim number. */
    private static List<String> candidates(ClaimStatusAnswer a) {
        List<String> out = new ArrayList<>(2);
        String fromTrace = StatusInquiry.claimNumberOf(a.trace());
        if (fromTrace != null) {
            out.add(fromTrace);
        }
        if (a.claimNumber() != null && !a.claimNumber().isBlank()) {
            String n = a.claimNumber().strip().toUpperCase(Locale.ROOT);
            if (!out.contains(n)) {
                out.add(n);
            }
        }
        return out;
    }

    /** The history entry: the codes, the trace (the same answer is recorded once), and what was paid when final. */
    static String reason(ClaimStatusAnswer a) {
        StringBuilder b = new StringBuilder("277 claim status ").append(a.categoryCode()).append(" (")
                .append(a.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')).append("): ")
                .append(String.join(", ", a.statusCodes())).append(" (trace ").append(a.trace());
        if (a.statusDate() != null) {
            b.append(", as of ").append(a.statusDate());
        }
        b.append(')');
        if (a.kind() == ClaimStatusAnswer.Kind.FINALIZED && a.paidAmount() != null) {
            b.append("; paid ").append(a.paidAmount().toString());
            if (a.adjudicationDate() != null) {
                b.append(" on ").append(a.adjudicationDate());
            }
            if (a.remittanceTrace() != null) {
                b.append(", remittance ").append(a.remittanceTrace());
            }
        }
        return b.toString();
    }
}
