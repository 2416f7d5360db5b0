package org.openbilling.claimstatus;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimStatus;
import org.openbilling.domain.common.ClaimId;
import org.openbilling.domain.common.NotFoundException;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.common.RuleViolationException;
import org.openbilling.domain.common.Violation;
import org.openbilling.domain.submission.StatusInquiry;
import org.openbilling.domain.submission.Submission;
import org.openbilling.dynamodb.Page;
import org.openbilling.dynamodb.claim.ClaimRepository;
import org.openbilling.dynamodb.submission.StatusInquiryRepository;
import org.openbilling.dynamodb.submission.SubmissionRepository;
import org.openbilling.dynamodb.practice.PracticeClock;
import org.openbilling.web.Problem;
import org.openbilling.web.ProblemException;
import org.openbilling.dynamodb.practice.PracticeRepository;
import org.openbilling.x12.Envelope;
import org.openbilling.x12.ControlNumbers;
import org.openbilling.x12.StatusInquiry276Writer;
import org.openbilling.x12.X12ValidationException;

/**
 * Asks payers where claims stand: one 276 (005010X212) of the practice's claims waiting on a payer. Crash-safe
 * without transactions like a submission: the inquiry is stored first under an id derived from what was asked (the
 * claims and the practice's day, or the Idempotency-Key), then each claim's history notes it; asking again finds the
 * stored inquiry, finishes the notes and answers the same batch.
 */
@ApplicationScoped
public class StatusInquiryService {
    /** At most this many claims in one 276: about 300 KB of X12, far inside Lambda's payload limit. */
    static final int MAX_CLAIMS = 1000;
    static final String RULE_NOT_AWAITING = "claim-not-awaiting-payer";
    static final String RULE_NONE_AWAITING = "no-claims-awaiting-payer";
    static final String RULE_276_INVALID = "x12-276-invalid";
    /** The claims a payer still owes an answer on. */
    static final Set<ClaimStatus> AWAITING = Set.of(ClaimStatus.SUBMITTED, ClaimStatus.ACCEPTED, ClaimStatus.APPEALED);
    private static final StatusInquiry276Writer WRITER = new StatusInquiry276Writer();

    private final ClaimRepository claims;
    private final StatusInquiryRepository inquiries;
    private final SubmissionRepository submissions;
    private final PracticeRepository practices;
    private final PracticeClock clock;
    private final ClaimChanges changes;
    private final ClaimWorkers workers;

    public StatusInquiryService(ClaimRepository claims, StatusInquiryRepository inquiries,
                                SubmissionRepository submissions, PracticeRepository practices, PracticeClock clock,
                                ClaimChanges changes, ClaimWorkers workers) {
        this.claims = claims;
        this.inquiries = inquiries;
        this.submissions = submissions;
        this.practices = practices;
        this.clock = clock;
        this.changes = changes;
        this.workers = workers;
    }

    /**
     * A 276 of the chosen claims (each SUBMITTED, ACCEPTED or APPEALED), or with none chosen of every ACCEPTED claim
     * of the practice (accepted, no 835 yet), oldest index page first, at most {@value #MAX_CLAIMS}.
     */
    public StatusInquiry inquire(PracticeId practice, List<ClaimId> chosen, String idempotencyKey, String actor) {
        List<Claim> asked = chosen == null || chosen.isEmpty() ? accepted(practice) : chosenClaims(practice, chosen);
        String id = idempotencyKey != null ? idOf(practice, "key\n" + idempotencyKey)
                : idOf(practice, clock.today(practice) + "\n" + String.join(",", asked.stream()
                        .map(c -> c.id().value()).sorted().toList()));
        var stored = inquiries.find(practice, id);
        if (stored.isPresent()) {
            if (idempotencyKey != null && !Set.copyOf(stored.get().claims().stream().map(StatusInquiry.InquiredClaim::claimId)
                    .toList()).equals(Set.copyOf(asked.stream().map(Claim::id).toList()))) {
                throw new RuleViolationException("idempotency-key-reused", "Idempotency-Key",
                        "this Idempotency-Key was used with other claims");
            }
            finish(stored.get());
            return stored.get();
        }
        var envelope = Envelope.of(practices.find(practice));
        List<StatusInquiry276Writer.Inquiry> lines = new ArrayList<>(asked.size());
        List<StatusInquiry.InquiredClaim> traced = new ArrayList<>(asked.size());
        for (Claim c : asked) {
            String trace = StatusInquiry.trace(c.claimNumber().value(), id);
            lines.add(new StatusInquiry276Writer.Inquiry(c, trace));
            traced.add(new StatusInquiry.InquiredClaim(c.id(), c.claimNumber().value(), trace));
        }
        long n = submissions.nextControlNumber(practice);
        Instant now = clock.now();
        // BHT03 is the inquiry's id: the 277 echoes it, and it names the inquiry in every claim's history
        String x12;
        try {
            x12 = WRITER.write(envelope, ControlNumbers.of((int) n, (int) n, (int) n), id, lines,
                    LocalDateTime.ofInstant(now, clock.zoneOf(practice)));
        } catch (X12ValidationException e) {
            // a claim whose data cannot make a valid 276 (a coverage without member id): named, nothing stored
            throw new RuleViolationException(e.issues().stream().map(i -> new Violation(RULE_276_INVALID, "claimIds",
                    i.segmentId() + "[" + i.segmentPosition() + "] element " + i.elementPosition() + ": " + i.error()))
                    .toList());
        }
        StatusInquiry q = new StatusInquiry(id, practice, traced, Submission.ControlNumbers.of(n), x12, now, actor);
        if (!inquiries.create(q)) {
            q = inquiries.find(practice, id).orElseThrow(() -> new NotFoundException("claim status inquiry", id));
        }
        finish(q);
        return q;
    }

    public StatusInquiry get(PracticeId practice, String id) {
        return inquiries.find(practice, id).orElseThrow(() -> new NotFoundException("claim status inquiry", id));
    }

    /** The history entry a claim gets for being asked about: the 277 answering it names the same trace. */
    static String historyReason(StatusInquiry q, StatusInquiry.InquiredClaim c) {
        return "276 status inquiry " + q.id() + " sent (trace " + c.trace() + ")";
    }

    /** Notes the inquiry in each claim's history once; claims that moved on since are noted all the same. */
    private void finish(StatusInquiry q) {
        PracticeId practice = q.practiceId();
        Map<ClaimId, Claim> current = claims.findAll(practice, q.claims().stream().map(StatusInquiry.InquiredClaim::claimId).toList());
        Instant now = clock.now();
        workers.each(q.claims(), c -> {
            Claim claim = current.get(c.claimId());
            if (claim == null) {
                return null;
            }
            String reason = historyReason(q, c);
            return changes.apply(practice, claim, x -> x.history().stream().anyMatch(h -> reason.equals(h.reason())) ? x
                    : x.noted(q.actor(), reason, now), "CLAIM_STATUS_INQUIRED", q.actor(), now);
        });
    }

    private List<Claim> accepted(PracticeId practice) {
        List<Claim> out = new ArrayList<>();
        String cursor = null;
        do {
            Page<Claim> page = claims.list(practice, Set.of(ClaimStatus.ACCEPTED), null,
                    Math.min(100, MAX_CLAIMS - out.size()), cursor);
            out.addAll(page.items());
            cursor = page.hasNext() ? page.endCursor() : null;
        } while (cursor != null && out.size() < MAX_CLAIMS);
        if (out.isEmpty()) {
            throw new RuleViolationException(RULE_NONE_AWAITING, "claimIds",
                    "no claim of the practice is ACCEPTED and waiting on its 835: name the claims to ask about");
        }
        return out;
    }

    private List<Claim> chosenClaims(PracticeId practice, List<ClaimId> ids) {
        if (ids.size() > MAX_CLAIMS) {
            throw new RuleViolationException("too-many-claims", "claimIds", "an inquiry holds at most " + MAX_CLAIMS
                    + " claims");
        }
        Map<ClaimId, Claim> found = claims.findAll(practice, ids);
        List<Violation> missing = new ArrayList<>();
        List<Violation> wrong = new ArrayList<>();
        List<Claim> out = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            Claim c = found.get(ids.get(i));
            if (c == null) {
                missing.add(new Violation("not-found", "claimIds[" + i + "]", "no such claim"));
            } else if (!AWAITING.contains(c.status())) {
                wrong.add(new Violation(RULE_NOT_AWAITING, "claimIds[" + i + "]", "the claim is " + c.status()
                        + "; a payer is asked only about SUBMITTED, ACCEPTED or APPEALED claims"));
            } else {
                out.add(c);
            }
        }
        if (!missing.isEmpty()) {
            throw new ProblemException(Problem.of(404, Problem.titleOf(404), missing.size() + " claim(s) not found", missing));
        }
        if (!wrong.isEmpty()) {
            throw new RuleViolationException(wrong);
        }
        return out;
    }

    /** An inquiry id only this practice and what it asked lead to. */
    static String idOf(PracticeId practice, String what) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((practice.value() + "\n276\n" + what).getBytes(StandardCharsets.UTF_8));
            return "q-" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
