package org.openbilling.claimstatus;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.openbilling.contract.AcknowledgementAnswer;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimStatus;
import org.openbilling.domain.claim.ClaimTransitions;
import org.openbilling.domain.claim.PayerClaimControlNumber;
import org.openbilling.domain.common.ClaimId;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.claimstatus.workqueue.WorkQueue;
import org.openbilling.domain.submission.Submission;
import org.openbilling.dynamodb.claim.ClaimRepository;
import org.openbilling.dynamodb.submission.SubmissionRepository;
import org.openbilling.dynamodb.practice.PracticeClock;
import org.openbilling.x12.Ack277CaReader;
import org.openbilling.x12.Ack999;
import org.openbilling.x12.Ack999Reader;
import org.openbilling.x12.ClaimAcknowledgement;
import org.openbilling.x12.X12Files;
import org.openbilling.x12.X12FormatException;
import org.openbilling.x12.StatusInquiry276Writer;
import org.openbilling.domain.common.RuleViolationException;

/**
 * Applies 999 and 277CA acknowledgements, and hands a 277 claim status response (005010X212) to
 * {@link StatusResponseService}. A 999 is matched to its batch by the group control number (AK1) and the
 * transaction set control numbers (AK2); a 277CA to claims by claim number. Everything is looked up within the
 * caller's practice only: another practice's batch or claim is "unmatched". Posting the same file again changes
 * nothing: a claim whose history already holds the verdict's reason is left alone.
 */
@ApplicationScoped
public class AcknowledgementService {
    static final int MAX_REASON = 480;
    private static final Set<String> KINDS = Set.of("999", "277");
    static final String GUIDE_277CA = "005010X214";
    /** A 277 of an implementation guide we do not read (neither the 277CA's nor the claim status response's). */
    public static final String RULE_277_GUIDE = "x12-277-guide-unsupported";

    private final SubmissionRepository submissions;
    private final ClaimRepository claims;
    private final ClaimChanges changes;
    private final ClaimWorkers workers;
    private final PracticeClock clock;
    private final WorkQueue queue;
    private final StatusResponseService statusResponses;

    public AcknowledgementService(SubmissionRepository submissions, ClaimRepository claims, ClaimChanges changes,
                                  ClaimWorkers workers, PracticeClock clock, WorkQueue queue,
                                  StatusResponseService statusResponses) {
        this.statusResponses = statusResponses;
        this.queue = queue;
        this.submissions = submissions;
        this.claims = claims;
        this.changes = changes;
        this.workers = workers;
        this.clock = clock;
    }

    private enum Verdict { ACCEPTED, REJECTED, OTHER, UNMATCHED, LATE }

    private record Applied(Verdict verdict, String unmatched) {
    }

    /**
     * Whether a verdict recorded on a claim under {@code reason} took effect: it was recorded while the claim waited
     * for it (SUBMITTED; for a void, whatever its status). A claim without the entry never took it (sent again in a
     * later batch since).
     */
    private static boolean tookEffect(Claim claim, String reason, boolean isVoid) {
        return claim.history().stream().anyMatch(h -> records(h.reason(), reason)
                && (isVoid || h.from() == ClaimStatus.SUBMITTED));
    }

    public AcknowledgementAnswer apply(PracticeId practice, String actor, byte[] x12) {
        List<X12Files.TransactionSet> sets = X12Files.transactionSets(x12);
        for (X12Files.TransactionSet s : sets) {
            if (!KINDS.contains(s.id())) {
                throw new X12FormatException("ST", s.position(),
                        "expected a 999 or 277CA acknowledgement, found transaction set " + s.id());
            }
        }
        String kind = sets.get(0).id();
        String guide = kind.equals("277") ? guideOf277(sets.get(0)) : "";
        for (X12Files.TransactionSet s : sets) {
            if (!s.id().equals(kind) || (kind.equals("277") && !guideOf277(s).equals(guide))) {
                throw new X12FormatException("ST", s.position(),
                        "one file holds either 999s, 277CAs or 277 claim status responses, not two of them");
            }
        }
        if (kind.equals("999")) {
            return apply999(practice, actor, x12);
        }
        if (guide.equals(StatusInquiry276Writer.VERSION)) {
            List<String> unmatched = new ArrayList<>();
            List<AcknowledgementAnswer.ClaimStatus> statuses = statusResponses.apply(practice, actor, x12, unmatched);
            return new AcknowledgementAnswer("277", 0, 0, unmatched, List.of(), statuses);
        }
        return apply277(practice, actor, x12);
    }

    /**
     * The implementation guide of a 277 (ST03): a claim acknowledgement (005010X214) or the answer to our status
     * inquiry (005010X212); a 277 of any other guide is refused with the rule and the ST03 it names.
     */
    private static String guideOf277(X12Files.TransactionSet s) {
        String guide = s.implementationReference() == null ? "" : s.implementationReference().strip()
                .toUpperCase(java.util.Locale.ROOT);
        if (guide.equals(GUIDE_277CA) || guide.equals(StatusInquiry276Writer.VERSION)) {
            return guide;
        }
        throw new RuleViolationException(RULE_277_GUIDE, "ST[" + s.position() + "].03", "a 277 must be a claim"
                + " acknowledgement (" + GUIDE_277CA + ") or a claim status response (" + StatusInquiry276Writer.VERSION
                + "), not " + (guide.isEmpty() ? "one without ST03" : guide));
    }

    private AcknowledgementAnswer apply999(PracticeId practice, String actor, byte[] x12) {
        List<Ack999> acks = new Ack999Reader().read(new ByteArrayInputStream(x12));
        Instant now = clock.now();
        int accepted = 0;
        int rejected = 0;
        List<String> unmatched = new ArrayList<>();
        List<String> late = new ArrayList<>();
        for (Ack999 ack : acks) {
            String group = ack.acknowledgedGroupControlNumber();
            var found = "HC".equals(ack.acknowledgedFunctionalId()) || ack.acknowledgedFunctionalId().isEmpty()
                    ? submissions.findByGroupControlNumber(practice, group) : java.util.Optional.<Submission>empty();
            if (found.isEmpty()) {
                unmatched.add("group " + group);
                continue;
            }
            Submission s = found.get();
            // a group-level verdict covers every transaction set when the 999 names none
            List<Ack999.TransactionAck> txs = ack.transactions();
            List<Map.Entry<Boolean, String>> verdicts = new ArrayList<>();
            // what caused each rejection (AK9/IK5 codes, IK3/IK4 segment and element errors), for its work item
            Map<String, List<String>> causes = new java.util.HashMap<>();
            if (txs.isEmpty()) {
                boolean ok = ack.groupAccepted() || ack.groupPartiallyAccepted();
                verdicts.add(Map.entry(ok, ok ? "999 accepted group " + group
                        : "999 rejected group " + group + " (AK9 " + ack.groupAcknowledgmentCode()
                        + codes(ack.groupErrorCodes()) + ")"));
                List<String> c = new ArrayList<>(List.of("AK9:" + ack.groupAcknowledgmentCode()));
                c.addAll(ack.groupErrorCodes());
                causes.put(clip(verdicts.get(0).getValue()), c);
            } else {
                for (Ack999.TransactionAck t : txs) {
                    if (!s.controlNumbers().hasTransaction(t.controlNumber())) {
                        unmatched.add("group " + group + " transaction " + t.controlNumber());
                        continue;
                    }
                    verdicts.add(Map.entry(t.accepted(), describe(t)));
                    List<String> c = new ArrayList<>(List.of("IK5:" + t.acknowledgmentCode()));
                    c.addAll(t.syntaxErrorCodes());
                    c.addAll(t.errors());
                    causes.put(clip(describe(t)), c);
                }
            }
            for (Map.Entry<Boolean, String> v : verdicts) {
                boolean ok = v.getKey();
                String reason = clip(v.getValue());
                Map<ClaimId, Claim> current = claims.findAll(practice, s.allClaimIds());
                Set<ClaimId> voids = Set.copyOf(s.voidClaimIds());
                List<Claim> batch = s.allClaimIds().stream().map(current::get).filter(java.util.Objects::nonNull).toList();
                List<Claim> after = workers.each(batch, c -> changes.apply(practice, c, claim -> voids.contains(claim.id())
                        ? void999(claim, ok, reason, actor, now)
                        : claim999(claim, s, ok, reason, actor, now), ok ? "CLAIM_999_ACCEPTED" : "CLAIM_999_REJECTED",
                        actor, now));
                for (Claim c : after) {
                    if (!tookEffect(c, reason, voids.contains(c.id()))) {
                        late.add(c.claimNumber().value());
                    } else if (ok) {
                        accepted++;
                    } else {
                        rejected++;
                        if (!voids.contains(c.id())) {
                            queue.rejected(practice, c, "999", reason, causes.getOrDefault(reason, List.of()),
                                    clock.today(practice), now);
                        }
                    }
                }
            }
        }
        return new AcknowledgementAnswer("999", accepted, rejected, unmatched, late, List.of());
    }

    private static Claim claim999(Claim claim, Submission s, boolean ok, String reason, String actor, Instant now) {
        if (!s.id().value().equals(claim.submissionId()) || hasReason(claim, reason)) {
            return claim; // sent again in a later batch since, or this verdict is recorded already
        }
        if (!ok && claim.status() == ClaimStatus.SUBMITTED) {
            return claim.moveTo(ClaimStatus.REJECTED, actor, reason, now);
        }
        return claim.noted(actor, reason, now);
    }

    /** A void the clearinghouse refused goes out again with the next batch. */
    private static Claim void999(Claim claim, boolean ok, String reason, String actor, Instant now) {
        if (hasReason(claim, reason)) {
            return claim;
        }
        if (!ok) {
            return claim.withLinks(claim.links().withVoidPending(true)).noted(actor, reason + "; the void goes out again", now);
        }
        return claim.noted(actor, reason, now);
    }

    private AcknowledgementAnswer apply277(PracticeId practice, String actor, byte[] x12) {
        List<ClaimAcknowledgement> acks = new Ack277CaReader().read(new ByteArrayInputStream(x12));
        Instant now = clock.now();
        // one claim's acknowledgements are applied in file order on one worker; claims in parallel
        Map<String, List<ClaimAcknowledgement>> byNumber = new LinkedHashMap<>();
        for (ClaimAcknowledgement a : acks) {
            byNumber.computeIfAbsent(a.claimNumber().strip().toUpperCase(java.util.Locale.ROOT), k -> new ArrayList<>()).add(a);
        }
        // the claims of a chunk of claim numbers are read together (by key, BatchGetItem), as for an 835
        List<Applied> results = workers.eachChunk(new ArrayList<>(byNumber.entrySet()), RemittanceService.LOOKUP_CHUNK,
                chunk -> apply277Chunk(practice, chunk, actor, now));
        int accepted = 0;
        int rejected = 0;
        List<String> unmatched = new ArrayList<>();
        List<String> late = new ArrayList<>();
        for (Applied a : results) {
            switch (a.verdict()) {
                case ACCEPTED -> accepted++;
                case REJECTED -> rejected++;
                case UNMATCHED -> unmatched.add(a.unmatched());
                case LATE -> late.add(a.unmatched());
                default -> {
                }
            }
        }
        return new AcknowledgementAnswer("277CA", accepted, rejected, unmatched, late, List.of());
    }

    private List<Applied> apply277Chunk(PracticeId practice, List<Map.Entry<String, List<ClaimAcknowledgement>>> chunk,
                                        String actor, Instant now) {
        Map<String, Claim> found = claims.findAllByNumberText(practice, chunk.stream().map(Map.Entry::getKey).toList());
        List<Applied> out = new ArrayList<>();
        for (Map.Entry<String, List<ClaimAcknowledgement>> e : chunk) {
            out.addAll(apply277(practice, e.getKey(), e.getValue(), found.get(e.getKey()), actor, now));
        }
        return out;
    }

    /** One claim's acknowledgements in file order; {@code claim} is null when no claim of the practice has the number. */
    private List<Applied> apply277(PracticeId practice, String number, List<ClaimAcknowledgement> acks, Claim claim,
                                   String actor, Instant now) {
        List<Applied> out = new ArrayList<>();
        if (claim == null) {
            acks.forEach(a -> out.add(new Applied(Verdict.UNMATCHED, number)));
            return out;
        }
        for (ClaimAcknowledgement a : acks) {
            String codes = String.join(", ", a.statusCodes());
            Verdict verdict = a.rejected() ? Verdict.REJECTED : a.accepted() ? Verdict.ACCEPTED : Verdict.OTHER;
            String reason = clip(switch (verdict) {
                case REJECTED -> "277CA rejected (category " + a.categoryCode() + "): " + codes;
                case ACCEPTED -> "277CA accepted: " + codes;
                default -> "277CA status (category " + a.categoryCode() + "): " + codes;
            });
            UnaryOperator<Claim> change = c -> {
                if (hasReason(c, reason)) {
                    return c;
                }
                ClaimStatus to = verdict == Verdict.REJECTED ? ClaimStatus.REJECTED
                        : verdict == Verdict.ACCEPTED ? ClaimStatus.ACCEPTED : null;
                Claim next = to != null && c.status() == ClaimStatus.SUBMITTED && ClaimTransitions.isAllowed(c.status(), to)
                        ? c.moveTo(to, actor, reason, now)
                        : c.noted(actor, reason, now);
                // the payer's number for this claim: kept unless an adjudication of this claim set it already (a
                // replacement holds its original's number, for REF*F8, until the payer names its own)
                if (verdict == Verdict.ACCEPTED && a.payerClaimControlNumber() != null && !a.payerClaimControlNumber().isBlank()
                        && (next.payerClaimControlNumber() == null || next.postings().isEmpty())) {
                    next = next.withLinks(next.links().withPayerClaimControlNumber(
                            new PayerClaimControlNumber(a.payerClaimControlNumber())));
                }
                return next;
            };
            claim = changes.apply(practice, claim, change, "CLAIM_277CA_" + verdict.name(), actor, now);
            boolean waited = verdict == Verdict.OTHER || tookEffect(claim, reason, false);
            // after the claim's write, and again on a re-post (the item's id makes it once)
            if (verdict == Verdict.REJECTED && waited) {
                queue.rejected(practice, claim, "277CA", reason, a.statusCodes(), clock.today(practice), now);
            } else if (verdict == Verdict.ACCEPTED) {
                queue.claimMoved(practice, claim, now);
            }
            out.add(waited ? new Applied(verdict, null) : new Applied(Verdict.LATE, number));
        }
        return out;
    }

    private static boolean hasReason(Claim c, String reason) {
        return c.history().stream().anyMatch(h -> records(h.reason(), reason));
    }

    /** A history reason that records the verdict: the verdict itself, or with what followed from it ("; ..."). */
    private static boolean records(String historyReason, String verdict) {
        return historyReason != null && (historyReason.equals(verdict) || historyReason.startsWith(verdict + "; "));
    }

    private static String describe(Ack999.TransactionAck t) {
        StringBuilder b = new StringBuilder("999 ").append(t.accepted() ? "accepted" : "rejected")
                .append(" transaction ").append(t.controlNumber()).append(" (IK5 ").append(t.acknowledgmentCode())
                .append(codes(t.syntaxErrorCodes())).append(')');
        if (!t.errors().isEmpty()) {
            b.append(": ").append(String.join("; ", t.errors()));
        }
        return b.toString();
    }

    private static String codes(List<String> codes) {
        return codes.isEmpty() ? "" : "; " + String.join(", ", codes);
    }

    static String clip(String s) {
        return s.length() <= MAX_REASON ? s : s.substring(0, MAX_REASON) + "…";
    }
}
