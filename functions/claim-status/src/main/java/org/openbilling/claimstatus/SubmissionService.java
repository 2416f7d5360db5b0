package org.openbilling.claimstatus;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimFrequency;
import org.openbilling.domain.claim.ClaimStatus;
import org.openbilling.domain.common.ClaimId;
import org.openbilling.domain.common.NotFoundException;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.common.RuleViolationException;
import org.openbilling.domain.common.SubmissionId;
import org.openbilling.domain.common.Violation;
import org.openbilling.domain.common.Violations;
import org.openbilling.domain.encounter.EncounterText;
import org.openbilling.domain.submission.Submission;
import org.openbilling.dynamodb.audit.AuditLog;
import org.openbilling.dynamodb.claim.ClaimRepository;
import org.openbilling.dynamodb.practice.PracticeClock;
import org.openbilling.dynamodb.practice.PracticeRepository;
import org.openbilling.dynamodb.submission.SubmissionRepository;
import org.openbilling.web.Problem;
import org.openbilling.web.ProblemException;
import org.openbilling.x12.Claim837Writer;
import org.openbilling.x12.ControlNumbers;
import org.openbilling.x12.Envelope;
import org.openbilling.x12.X12ValidationException;

/**
 * Sends READY claims, with every void the payer still has to hear of, as one 837P batch. Crash-safe without
 * transactions: the batch is stored first (its id derived from the Idempotency-Key), then the claims move; a retry
 * with the same key finds the stored batch and finishes the moves instead of sending a second one.
 */
@ApplicationScoped
public class SubmissionService {
    private static final Logger LOG = Logger.getLogger(SubmissionService.class);
    /** A batch of this many claims is about 600 KB of X12: inside Lambda's payload limit with room to spare. */
    static final int MAX_CLAIMS = 2000;
    static final int MAX_VOIDS = 500;
    /** One writer for the process: it holds the parsed implementation schema and is thread-safe. */
    private static final Claim837Writer WRITER = new Claim837Writer();

    private final ClaimRepository claims;
    private final SubmissionRepository submissions;
    private final PracticeRepository practices;
    private final PracticeClock clock;
    private final ClaimChanges changes;
    private final ClaimWorkers workers;
    private final AuditLog audit;
    private final PostingHooks hooks;

    public SubmissionService(ClaimRepository claims, SubmissionRepository submissions, PracticeRepository practices,
                             PracticeClock clock, ClaimChanges changes, ClaimWorkers workers, AuditLog audit,
                             PostingHooks hooks) {
        this.claims = claims;
        this.submissions = submissions;
        this.practices = practices;
        this.clock = clock;
        this.changes = changes;
        this.workers = workers;
        this.audit = audit;
        this.hooks = hooks;
    }

    /** The claim ids of a request, checked: present, well-formed, not repeated, not too many. */
    public static List<ClaimId> parseIds(List<String> raw) {
        Violations v = new Violations();
        if (raw == null || raw.isEmpty()) {
            v.add("required", "claimIds", "claimIds needs at least one claim id");
            v.throwIfAny();
        }
        if (raw.size() > MAX_CLAIMS) {
            v.add("too-many-claims", "claimIds", "a submission holds at most " + MAX_CLAIMS + " claims");
            v.throwIfAny();
        }
        List<ClaimId> ids = new ArrayList<>(raw.size());
        Set<ClaimId> seen = new HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String field = "claimIds[" + i + "]";
            String one = raw.get(i);
            if (one == null || one.isBlank()) {
                v.add("required", field, "a claim id is required");
                continue;
            }
            ClaimId id = v.parse(field, () -> new ClaimId(one.strip()));
            if (id != null && !seen.add(id)) {
                v.add("duplicate-claim-id", field, "the claim is listed more than once");
            }
            ids.add(id);
        }
        v.throwIfAny();
        return ids;
    }

    /**
     * Submits the claims. With an Idempotency-Key the batch id is derived from it, so that a retry after a crash
     * (the key's lease has lapsed) finds the stored batch and completes it rather than sending the claims again.
     */
    public Submission submit(PracticeId practice, List<ClaimId> ids, String idempotencyKey, String actor) {
        SubmissionId id = idempotencyKey == null ? SubmissionId.newId() : idFromKey(practice, idempotencyKey);
        if (idempotencyKey != null) {
            var stored = submissions.find(practice, id);
            if (stored.isPresent()) {
                if (!stored.get().claimIds().equals(ids)) {
                    throw new RuleViolationException("idempotency-key-reused", "Idempotency-Key",
                            "this Idempotency-Key was used with another request body");
                }
                finish(stored.get(), actor);
                return stored.get();
            }
        }
        Map<ClaimId, Claim> found = claims.findAll(practice, ids);
        List<Violation> missing = new ArrayList<>();
        List<Violation> notReady = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Claim c = found.get(ids.get(i));
            if (c == null) {
                missing.add(new Violation("not-found", "claimIds[" + i + "]", "no such claim"));
            } else if (c.status() != ClaimStatus.READY) {
                notReady.add(new Violation("claim-not-ready", "claimIds[" + i + "]",
                        "the claim is " + c.status() + "; only READY claims are submitted"));
            }
        }
        if (!missing.isEmpty()) {
            throw new ProblemException(Problem.of(404, Problem.titleOf(404), missing.size() + " claim(s) not found", missing));
        }
        if (!notReady.isEmpty()) {
            throw new RuleViolationException(notReady);
        }
        Envelope envelope = Envelope.of(practices.find(practice));
        Set<ClaimId> asked = Set.copyOf(ids);
        List<Claim> voids = claims.voidsPending(practice, MAX_VOIDS).stream()
                .filter(c -> !asked.contains(c.id()) && c.voidPending() && c.frequency() == ClaimFrequency.VOID).toList();
        List<Claim> batch = new ArrayList<>(ids.size() + voids.size());
        ids.forEach(i -> batch.add(found.get(i)));
        batch.addAll(voids);
        refuseUnwritable(batch, ids.size());

        long n = submissions.nextControlNumber(practice);
        Submission.ControlNumbers numbers = Submission.ControlNumbers.of(n);
        Instant now = clock.now();
        String x12 = write(envelope, ControlNumbers.of((int) n, (int) n, (int) n), batch, ids.size(),
                LocalDateTime.ofInstant(now, clock.zoneOf(practice)));
        Submission s = new Submission(id, practice, ids, voids.stream().map(Claim::id).toList(), numbers, x12, now, actor);
        if (!submissions.create(s)) {
            // a concurrent request with the same key stored its batch first: that one is the batch
            s = submissions.find(practice, id).orElseThrow(() -> new NotFoundException("submission", id.value()));
        } else {
            audit.changed(practice, "submission", id.value(), 1, "SUBMISSION_CREATED", actor, now);
        }
        finish(s, actor);
        return s;
    }

    /**
     * Refuses the batch, naming each claim the request listed ({@code claimIds[i]}; a pending void by
     * {@code voidClaimIds[k]}), when the text of a claim cannot be written as an 837P: one name the clearinghouse
     * cannot read makes its 999 reject every claim of the batch. Claims stored before intake checked their text are
     * the ones this finds; the rules are intake's ({@link EncounterText}). Nothing is submitted.
     */
    private static void refuseUnwritable(List<Claim> batch, int asked) {
        List<Violation> found = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            Claim c = batch.get(i);
            Violations v = new Violations();
            EncounterText.check(c.details(), "", v, null);
            for (Violation x : v.list()) {
                found.add(new Violation(x.rule(), batchField(i, asked), "claim " + c.claimNumber().value() + ": "
                        + x.message()));
            }
        }
        if (!found.isEmpty()) {
            throw new RuleViolationException(found);
        }
    }

    /**
     * The batch as one 837P; when the writer's schema check refuses it, each claim is written alone to name the ones
     * at fault ({@code x12-837p-invalid} on {@code claimIds[i]}) instead of a segment of a batch nobody sees.
     */
    private static String write(Envelope envelope, ControlNumbers numbers, List<Claim> batch, int asked,
                                LocalDateTime createdAt) {
        try {
            return WRITER.writeCoordinated(envelope, numbers, batch.stream().map(CoordinatedClaims::of).toList(), createdAt);
        } catch (X12ValidationException e) {
            List<Violation> found = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                Claim c = batch.get(i);
                try {
                    WRITER.writeCoordinated(envelope, numbers, List.of(CoordinatedClaims.of(c)), createdAt);
                } catch (X12ValidationException one) {
                    for (X12ValidationException.Issue issue : one.issues()) {
                        found.add(new Violation(X12ValidationException.RULE, batchField(i, asked), "claim "
                                + c.claimNumber().value() + ": " + issue.segmentId() + " element "
                                + issue.elementPosition() + ": " + issue.error()));
                    }
                }
            }
            if (found.isEmpty()) {
                throw e; // a finding of the batch as a whole: the segments named are the answer
            }
            throw new RuleViolationException(found);
        }
    }

    private static String batchField(int i, int asked) {
        return i < asked ? "claimIds[" + i + "]" : "voidClaimIds[" + (i - asked) + "]";
    }

    public Submission get(PracticeId practice, SubmissionId id) {
        return submissions.find(practice, id).orElseThrow(() -> new NotFoundException("submission", id.value()));
    }

    /** Moves the batch's claims to SUBMITTED and marks its voids sent; claims already moved are left as they are. */
    private void finish(Submission s, String actor) {
        PracticeId practice = s.practiceId();
        Map<ClaimId, Claim> current = claims.findAll(practice, s.allClaimIds());
        Instant now = clock.now();
        String reason = "submission " + s.id().value();
        List<Claim> asked = s.claimIds().stream().map(current::get).filter(java.util.Objects::nonNull).toList();
        workers.each(asked, c -> {
            Claim stored = changes.apply(practice, c, claim -> {
                if (claim.status() != ClaimStatus.READY) {
                    // SUBMITTED by this batch already, or moved by someone since: nothing to do
                    return claim;
                }
                Claim moved = claim.moveTo(ClaimStatus.SUBMITTED, actor, reason, now);
                return moved.withLifecycle(moved.lifecycle().withSubmissionId(s.id().value()));
            }, "CLAIM_STATUS_SUBMITTED", actor, now);
            if (stored.status() != ClaimStatus.SUBMITTED || !s.id().value().equals(stored.submissionId())) {
                LOG.infof("claim %s of submission %s was %s, not moved", c.id().value(), s.id().value(), stored.status());
            }
            hooks.claimSubmitted();
            return stored;
        });
        List<Claim> voids = s.voidClaimIds().stream().map(current::get).filter(java.util.Objects::nonNull).toList();
        workers.each(voids, c -> changes.apply(practice, c, claim -> !claim.voidPending() ? claim
                : claim.withLinks(claim.links().withVoidPending(false)).noted(actor, "void sent in " + reason, now),
                "CLAIM_VOID_SENT", actor, now));
    }

    /** A batch id that only this practice and key lead to (ids are opaque, so a hash is fine). */
    static SubmissionId idFromKey(PracticeId practice, String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((practice.value() + "\n" + key).getBytes(StandardCharsets.UTF_8));
            return new SubmissionId("s-" + HexFormat.of().formatHex(digest, 0, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
