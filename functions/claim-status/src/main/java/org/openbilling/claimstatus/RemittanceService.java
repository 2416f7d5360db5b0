package org.openbilling.claimstatus;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openbilling.domain.claim.Adjudication;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimTransitionNotAllowedException;
import org.openbilling.domain.claim.Posting;
import org.openbilling.domain.common.InvoiceId;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.remittance.PostedRemittance;
import org.openbilling.domain.remittance.PostedRemittance.NotPosted;
import org.openbilling.domain.remittance.PostedRemittance.Totals;
import org.openbilling.dynamodb.audit.AuditLog;
import org.openbilling.dynamodb.claim.ClaimRepository;
import org.openbilling.dynamodb.practice.PracticeRepository;
import org.openbilling.dynamodb.remittance.RemittanceRepository;
import org.openbilling.web.PracticeClock;
import org.openbilling.x12.Remittance;
import org.openbilling.x12.Remittance.ClaimPayment;
import org.openbilling.x12.Remittance835Reader;
import org.openbilling.x12.X12FormatException;
import org.openbilling.x12.X12Files;

/**
 * Posts 835s. Without transactions, a posting is a sequence of idempotent steps with deterministic keys, so that a
 * retry after a crash at any point ends in exactly the state of one clean run:
 * <ol>
 * <li>each CLP has a key (payer, trace, its position in the transaction set); a claim remembers the keys posted
 *     to it, and the claim's amounts, status, history and new invoice id change in one versioned write;</li>
 * <li>the patient's share becomes an invoice whose id is derived from the same key, created after the claim
 *     write and again on a retry (a conditional create: a second one is a no-op);</li>
 * <li>the remittance record (payer + trace) is written last, with the answer: its presence means "posted".</li>
 * </ol>
 * Claims are posted in parallel on a bounded pool; one claim's CLPs (a reversal and its correction) in file order.
 */
@ApplicationScoped
public class RemittanceService {
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(RemittanceService.class);
    /** Claim numbers read together by one worker (835s and 277CAs). */
    static final int LOOKUP_CHUNK = 25;
    private final ClaimRepository claims;
    private final RemittanceRepository remittances;
    private final PracticeRepository practices;
    private final ClaimChanges changes;
    private final ClaimWorkers workers;
    private final PracticeClock clock;
    private final AuditLog audit;
    private final PostingHooks hooks;
    private final RemittanceMapping mapping;
    private final PostingInvoices postingInvoices;

    public RemittanceService(ClaimRepository claims, RemittanceRepository remittances,
                             PracticeRepository practices, ClaimChanges changes, ClaimWorkers workers,
                             PracticeClock clock, AuditLog audit, PostingHooks hooks, RemittanceMapping mapping,
                             PostingInvoices postingInvoices) {
        this.claims = claims;
        this.remittances = remittances;
        this.practices = practices;
        this.changes = changes;
        this.workers = workers;
        this.clock = clock;
        this.audit = audit;
        this.hooks = hooks;
        this.mapping = mapping;
        this.postingInvoices = postingInvoices;
    }

    /** The answer of POST /remittances (CONTRACT.md), summed over the file's 835s. */
    public record Answer(int claimsPaid, int claimsPartiallyPaid, int claimsDenied, int claimsReversed,
                         List<String> invoicesCreated, List<String> unmatched, boolean alreadyPosted,
                         List<NotPosted> notPosted) {
    }

    /** What became of one CLP. */
    enum Outcome { PAID, PARTIALLY_PAID, DENIED, REVERSED, UNMATCHED, NOT_POSTED }

    record ClpResult(Outcome outcome, String claimNumber, InvoiceId invoiceId, NotPosted notPosted) {
    }

    /** Everything the per-claim steps need, captured on the request thread. */
    record Context(PracticeId practice, String actor, Instant now, LocalDate today, int statementDueDays,
                   Remittance remittance, java.util.Queue<AuditLog.Change> audit) {
    }

    public Answer post(PracticeId practice, String actor, byte[] x12) {
        List<Remittance> file = new Remittance835Reader().read(new ByteArrayInputStream(x12));
        if (file.isEmpty()) {
            X12Files.TransactionSet first = X12Files.transactionSets(x12).get(0);
            throw new X12FormatException("ST", first.position(), "expected an 835, found transaction set " + first.id());
        }
        for (Remittance r : file) {
            if (r.payerId() == null || r.payerId().isBlank()) {
                throw new X12FormatException("TRN", 0, "the 835 with trace " + r.traceNumber()
                        + " names no payer (TRN03, or REF*2U / N104 of N1*PR)");
            }
        }
        int dueDays = practices.find(practice).statementDueDays();
        LocalDate today = clock.today(practice);
        List<Totals> all = new ArrayList<>();
        boolean allPostedBefore = true;
        long started = System.nanoTime();
        for (Remittance r : file) {
            Optional<PostedRemittance> done = remittances.find(practice, r.payerId(), r.traceNumber());
            if (done.isPresent()) {
                all.add(done.get().totals());
                continue;
            }
            allPostedBefore = false;
            Context ctx = new Context(practice, actor, clock.now(), today, dueDays, r,
                    new java.util.concurrent.ConcurrentLinkedQueue<>());
            Totals t = postOne(ctx);
            // the audit entries of every claim and invoice written, in a few batch calls, before the record that
            // says "posted": a crash before this point rewrites them on the retry, with the same keys
            audit.changedAll(practice, new ArrayList<>(ctx.audit()), actor, ctx.now());
            PostedRemittance record = new PostedRemittance(practice, r.payerId(), r.traceNumber(), r.payerName(),
                    r.paymentAmount(), r.paymentDate(), r.claims().size(), mapping.providerAdjustments(r), t,
                    ctx.now(), actor);
            all.add(remittances.complete(record).totals());
        }
        // counts and timing only: an 835 carries patient names, which never reach a log
        LOG.infof("posted %d 835 transaction set(s) with %d claim payment(s) in %d ms", file.size(),
                file.stream().mapToInt(r -> r.claims().size()).sum(), (System.nanoTime() - started) / 1_000_000);
        return sum(all, allPostedBefore);
    }

    private Totals postOne(Context ctx) {
        // group the CLPs by claim number, keeping their positions: one worker per claim, CLPs in file order
        Map<String, List<Integer>> byNumber = new LinkedHashMap<>();
        List<ClaimPayment> clps = ctx.remittance().claims();
        for (int i = 0; i < clps.size(); i++) {
            byNumber.computeIfAbsent(clps.get(i).claimNumber().strip().toUpperCase(Locale.ROOT), k -> new ArrayList<>()).add(i);
        }
        // the claims are read a chunk at a time (claim numbers by key, then the claims, 100 keys per call), each
        // chunk on a worker
        List<Map.Entry<Integer, ClpResult>> results = workers.eachChunk(new ArrayList<>(byNumber.entrySet()),
                LOOKUP_CHUNK, chunk -> postChunk(ctx, chunk));
        ClpResult[] inOrder = new ClpResult[clps.size()];
        results.forEach(e -> inOrder[e.getKey()] = e.getValue());
        int paid = 0;
        int partially = 0;
        int denied = 0;
        int reversed = 0;
        List<String> created = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        List<NotPosted> notPosted = new ArrayList<>();
        for (ClpResult r : inOrder) {
            switch (r.outcome()) {
                case PAID -> paid++;
                case PARTIALLY_PAID -> partially++;
                case DENIED -> denied++;
                case REVERSED -> reversed++;
                case UNMATCHED -> unmatched.add(r.claimNumber());
                case NOT_POSTED -> notPosted.add(r.notPosted());
            }
            if (r.invoiceId() != null) {
                created.add(r.invoiceId().value());
            }
        }
        return new Totals(paid, partially, denied, reversed, created, unmatched, notPosted);
    }

    /** Reads the claims of some claim numbers in a few calls, then posts each claim's CLPs. */
    private List<Map.Entry<Integer, ClpResult>> postChunk(Context ctx, List<Map.Entry<String, List<Integer>>> chunk) {
        Map<String, Claim> found = claims.findAllByNumberText(ctx.practice(), chunk.stream().map(Map.Entry::getKey).toList());
        List<Map.Entry<Integer, ClpResult>> out = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> e : chunk) {
            out.addAll(postClaim(ctx, e.getKey(), e.getValue(), found.get(e.getKey())));
        }
        return out;
    }

    /** Posts one claim's CLPs in file order; {@code claim} is null when no claim of the practice has the number. */
    private List<Map.Entry<Integer, ClpResult>> postClaim(Context ctx, String number, List<Integer> positions,
                                                          Claim claim) {
        List<Map.Entry<Integer, ClpResult>> out = new ArrayList<>();
        for (int index : positions) {
            ClaimPayment clp = ctx.remittance().claims().get(index);
            if (claim == null) {
                out.add(Map.entry(index, new ClpResult(Outcome.UNMATCHED, number, null, null)));
                continue;
            }
            String key = postingKey(ctx.remittance(), index);
            RemittanceMapping.Mapped m = mapping.map(ctx.remittance(), clp, claim, key,
                    invoiceId(ctx.remittance(), number, index));
            if (m.unsupported() != null) {
                out.add(Map.entry(index, new ClpResult(Outcome.NOT_POSTED, number, null,
                        new NotPosted(number, "remittance-status-unsupported", m.unsupported()))));
                continue;
            }
            Adjudication a = m.adjudication();
            try {
                claim = changes.apply(ctx.practice(), claim, c -> c.post(a, ctx.actor(), ctx.now()),
                        null, ctx.actor(), ctx.now(), false);
            } catch (ClaimTransitionNotAllowedException e) {
                out.add(Map.entry(index, new ClpResult(Outcome.NOT_POSTED, number, null,
                        new NotPosted(number, ClaimTransitionNotAllowedException.RULE, e.getMessage()))));
                continue;
            }
            hooks.claimPosted();
            // the claim write is done: what follows is derived from the posting kept on the claim, so a retry
            // that finds the posting already applied still finishes these steps
            Posting posting = claim.posting(key).orElseThrow();
            ctx.audit().add(new AuditLog.Change("claim", claim.id().value(), posting.claimVersion(),
                    posting.reversal() ? "CLAIM_REMITTANCE_REVERSED" : "CLAIM_REMITTANCE_POSTED"));
            settleInvoices(ctx, claim, posting, m);
            Outcome outcome = posting.reversal() ? Outcome.REVERSED : Outcome.valueOf(posting.outcome().name());
            out.add(Map.entry(index, new ClpResult(outcome, number, posting.invoiceId(), null)));
        }
        return out;
    }

    /** Creates the posting's invoice if it is missing; voids the invoices of postings it backed out, if unpaid. */
    private void settleInvoices(Context ctx, Claim claim, Posting posting, RemittanceMapping.Mapped m) {
        ctx.audit().addAll(postingInvoices.settle(ctx.practice(), claim, posting, m.invoiceLines(),
                m.adjudication().reason(), ctx.today(), ctx.statementDueDays(), ctx.now()));
    }

    /** The key of one CLP: payer, trace and the CLP's position in its transaction set. */
    static String postingKey(Remittance r, int index) {
        return r.payerId() + "#" + r.traceNumber() + "#" + index;
    }

    /** The patient-share invoice of one CLP: derived from payer, trace, claim number and position, never random. */
    static InvoiceId invoiceId(Remittance r, String claimNumber, int index) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    String.join("\n", r.payerId(), r.traceNumber(), claimNumber, Integer.toString(index))
                            .getBytes(StandardCharsets.UTF_8));
            return new InvoiceId("i-" + HexFormat.of().formatHex(digest, 0, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Answer sum(List<Totals> all, boolean alreadyPosted) {
        int paid = 0;
        int partially = 0;
        int denied = 0;
        int reversed = 0;
        List<String> created = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        List<NotPosted> notPosted = new ArrayList<>();
        for (Totals t : all) {
            paid += t.claimsPaid();
            partially += t.claimsPartiallyPaid();
            denied += t.claimsDenied();
            reversed += t.claimsReversed();
            created.addAll(t.invoicesCreated());
            unmatched.addAll(t.unmatched());
            notPosted.addAll(t.notPosted());
        }
        return new Answer(paid, partially, denied, reversed, created, unmatched, alreadyPosted, notPosted);
    }

}
