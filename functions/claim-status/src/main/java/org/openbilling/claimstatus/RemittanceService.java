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
import org.openbilling.domain.claim.AdjudicationRules;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ChainRules;
import org.openbilling.domain.claim.ClaimTransitionNotAllowedException;
import org.openbilling.domain.claim.Posting;
import org.openbilling.domain.claim.PriorAdjudication;
import org.openbilling.domain.common.InvoiceId;
import org.openbilling.domain.common.Money;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.common.Violation;
import org.openbilling.domain.common.Violations;
import org.openbilling.domain.remittance.PostedRemittance;
import org.openbilling.domain.remittance.PostedRemittance.NotPosted;
import org.openbilling.domain.remittance.PostedRemittance.Totals;
import org.openbilling.domain.remittance.PostedRemittance.VoidedInvoice;
import org.openbilling.domain.remittance.PostedRemittance.Warning;
import org.openbilling.dynamodb.audit.AuditLog;
import org.openbilling.dynamodb.claim.ClaimRepository;
import org.openbilling.dynamodb.invoice.ClaimInvoices;
import org.openbilling.dynamodb.practice.PracticeRepository;
import org.openbilling.dynamodb.remittance.RemittanceRepository;
import org.openbilling.dynamodb.practice.PracticeClock;
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
 * <li>the patient's invoices follow ({@link ClaimInvoices}): the share's invoice is created (a conditional create
 *     under an id derived from the same key), the invoices of what was backed out are voided, their payments kept
 *     as the patient's credit and carried on; again on a retry;</li>
 * <li>the remittance record (payer + trace) is written last, with the answer: its presence means "posted".</li>
 * </ol>
 * A CLP is posted only if it passes the rules of every adjudication ({@link AdjudicationRules}); one that does not,
 * or that the claim's status cannot take, is listed in {@code notPosted} and changes nothing. Posting the file again
 * tries exactly those CLPs again (the claim may have been put right meanwhile) and updates the record.
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
    private final ClaimInvoices claimInvoices;
    private final org.openbilling.claimstatus.workqueue.WorkQueue queue;
    private final PayerChain payerChain;

    public RemittanceService(ClaimRepository claims, RemittanceRepository remittances,
                             PracticeRepository practices, ClaimChanges changes, ClaimWorkers workers,
                             PracticeClock clock, AuditLog audit, PostingHooks hooks, RemittanceMapping mapping,
                             ClaimInvoices claimInvoices, org.openbilling.claimstatus.workqueue.WorkQueue queue,
                             PayerChain payerChain) {
        this.queue = queue;
        this.payerChain = payerChain;
        this.claims = claims;
        this.remittances = remittances;
        this.practices = practices;
        this.changes = changes;
        this.workers = workers;
        this.clock = clock;
        this.audit = audit;
        this.hooks = hooks;
        this.mapping = mapping;
        this.claimInvoices = claimInvoices;
    }

    /**
     * What posting a file did, summed over its 835s (RemittanceAnswers makes it the answer of POST /remittances).
     * After a re-post the totals are those of every post of the file together; {@code alreadyPosted} is true when
     * this post posted nothing new.
     */
    public record Posted(Totals totals, boolean alreadyPosted) {
    }

    /** What became of one CLP. */
    enum Outcome { PAID, PARTIALLY_PAID, DENIED, REVERSED, UNMATCHED, NOT_POSTED }

    record ClpResult(Outcome outcome, String claimNumber, InvoiceId invoiceId, NotPosted notPosted,
                     List<VoidedInvoice> voided) {
        ClpResult(Outcome outcome, String claimNumber, NotPosted notPosted) {
            this(outcome, claimNumber, null, notPosted, List.of());
        }
    }

    /** Everything the per-claim steps need, captured on the request thread. */
    record Context(PracticeId practice, String actor, Instant now, LocalDate today, int statementDueDays,
                   Remittance remittance, java.util.Queue<AuditLog.Change> audit) {
    }

    public Posted post(PracticeId practice, String actor, byte[] x12) {
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
            if (done.isPresent() && done.get().totals().notPosted().isEmpty()) {
                all.add(done.get().totals());
                continue;
            }
            Context ctx = new Context(practice, actor, clock.now(), today, dueDays, r,
                    new java.util.concurrent.ConcurrentLinkedQueue<>());
            if (done.isEmpty()) {
                allPostedBefore = false;
                Totals t = postOne(ctx, allPositions(r), RemittanceMapping.paymentWarnings(r));
                // the audit entries of every claim and invoice written, in a few batch calls, before the record that
                // says "posted": a crash before this point rewrites them on the retry, with the same keys
                audit.changedAll(practice, new ArrayList<>(ctx.audit()), actor, ctx.now());
                PostedRemittance record = new PostedRemittance(practice, r.payerId(), r.traceNumber(), r.payerName(),
                        r.paymentAmount(), r.paymentDate(), r.claims().size(), mapping.providerAdjustments(r), t,
                        ctx.now(), actor);
                all.add(remittances.complete(record).totals());
                continue;
            }
            // posted before, with claims it could not post: those, and only those, are tried again
            PostedRemittance before = done.get();
            Totals again = postOne(ctx, retryPositions(r, before.totals().notPosted()), List.of());
            audit.changedAll(practice, new ArrayList<>(ctx.audit()), actor, ctx.now());
            Totals merged = merge(before.totals(), again);
            if (postedAny(again)) {
                allPostedBefore = false;
            }
            all.add(merged.equals(before.totals()) ? merged : remittances.update(before, before.withTotals(merged)).totals());
        }
        // counts and timing only: an 835 carries patient names, which never reach a log
        LOG.infof("posted %d 835 transaction set(s) with %d claim payment(s) in %d ms", file.size(),
                file.stream().mapToInt(r -> r.claims().size()).sum(), (System.nanoTime() - started) / 1_000_000);
        return sum(all, allPostedBefore);
    }

    private static List<Integer> allPositions(Remittance r) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < r.claims().size(); i++) {
            all.add(i);
        }
        return all;
    }

    /** The CLPs not posted before; a record stored before positions were kept names claims: all their CLPs. */
    private static List<Integer> retryPositions(Remittance r, List<NotPosted> notPosted) {
        java.util.SortedSet<Integer> out = new java.util.TreeSet<>();
        for (NotPosted n : notPosted) {
            if (n.position() != null) {
                out.add(n.position());
                continue;
            }
            for (int i = 0; i < r.claims().size(); i++) {
                if (r.claims().get(i).claimNumber().strip().equalsIgnoreCase(n.claimNumber())) {
                    out.add(i);
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static boolean postedAny(Totals t) {
        return t.claimsPaid() + t.claimsPartiallyPaid() + t.claimsDenied() + t.claimsReversed() > 0;
    }

    /** The totals of an earlier post with those of a re-post of its not-posted CLPs. */
    private static Totals merge(Totals before, Totals again) {
        List<String> created = new ArrayList<>(before.invoicesCreated());
        created.addAll(again.invoicesCreated());
        List<String> unmatched = new ArrayList<>(before.unmatched());
        unmatched.addAll(again.unmatched());
        List<VoidedInvoice> voided = new ArrayList<>(before.invoicesVoided());
        voided.addAll(again.invoicesVoided());
        return new Totals(before.claimsPaid() + again.claimsPaid(),
                before.claimsPartiallyPaid() + again.claimsPartiallyPaid(),
                before.claimsDenied() + again.claimsDenied(), before.claimsReversed() + again.claimsReversed(),
                created, unmatched, again.notPosted(), voided, before.warnings());
    }

    private Totals postOne(Context ctx, List<Integer> positions, List<Warning> warnings) {
        // group the CLPs by claim number, keeping their positions: one worker per claim, CLPs in file order
        Map<String, List<Integer>> byNumber = new LinkedHashMap<>();
        List<ClaimPayment> clps = ctx.remittance().claims();
        for (int i : positions) {
            byNumber.computeIfAbsent(clps.get(i).claimNumber().strip().toUpperCase(Locale.ROOT), k -> new ArrayList<>()).add(i);
        }
        // the claims are read a chunk at a time (claim numbers by key, then the claims, 100 keys per call), each
        // chunk on a worker
        List<Map.Entry<Integer, ClpResult>> results = workers.eachChunk(new ArrayList<>(byNumber.entrySet()),
                LOOKUP_CHUNK, chunk -> postChunk(ctx, chunk));
        Map<Integer, ClpResult> inOrder = new java.util.TreeMap<>();
        results.forEach(e -> inOrder.put(e.getKey(), e.getValue()));
        int paid = 0;
        int partially = 0;
        int denied = 0;
        int reversed = 0;
        List<String> created = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        List<NotPosted> notPosted = new ArrayList<>();
        List<VoidedInvoice> voided = new ArrayList<>();
        for (ClpResult r : inOrder.values()) {
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
            voided.addAll(r.voided());
        }
        return new Totals(paid, partially, denied, reversed, created, unmatched, notPosted, voided, warnings);
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
                                                          Claim found) {
        List<Map.Entry<Integer, ClpResult>> out = new ArrayList<>();
        // the claims of the number's chain as last stored, by place: one claim's CLPs go on in file order
        Map<Integer, Claim> byPlace = new java.util.HashMap<>();
        for (int index : positions) {
            ClaimPayment clp = ctx.remittance().claims().get(index);
            if (found == null) {
                out.add(Map.entry(index, new ClpResult(Outcome.UNMATCHED, number, null)));
                continue;
            }
            String key = postingKey(ctx.remittance(), index);
            // a later payer's 835 about a claim it got by crossover names the first claim's number: its claim is
            // the one at the place the payer processed it as
            int place = clp.processedAs() == null ? found.payerSequence().ordinal()
                    : Math.max(clp.processedAs().ordinal(), found.payerSequence().ordinal());
            if (place >= found.details().coverages().size()) {
                // a place the visit has no coverage for (a payer that knows of a coverage we do not): the claim
                // we billed is the one it adjudicated
                place = found.payerSequence().ordinal();
            }
            Claim claim = byPlace.containsKey(place) ? byPlace.get(place)
                    : payerChain.atPlace(ctx.practice(), byPlace.getOrDefault(found.payerSequence().ordinal(), found), place);
            if (claim == null) {
                out.add(Map.entry(index, new ClpResult(Outcome.NOT_POSTED, number, new NotPosted(number,
                        ChainRules.PRIOR_NOT_ADJUDICATED, "CLP " + (index + 1) + ": processed as "
                        + clp.processedAs() + ", but claim " + number + " has no claim to that payer yet: post"
                        + " the earlier payer's adjudication first", index))));
                continue;
            }
            RemittanceMapping.Mapped m = mapping.map(ctx.remittance(), clp, claim, key,
                    invoiceId(ctx.remittance(), number, index));
            if (m.unsupported() != null) {
                out.add(Map.entry(index, new ClpResult(Outcome.NOT_POSTED, number,
                        new NotPosted(number, "remittance-status-unsupported", m.unsupported(), index))));
                continue;
            }
            Adjudication a = m.adjudication();
            NotPosted broken = claim.hasPosting(key) ? null
                    : brokenRule(claim, payerChain.previous(ctx.practice(), claim),
                            a.reversal() ? payerChain.next(ctx.practice(), claim) : null, clp, a, number, index);
            if (broken != null) {
                out.add(Map.entry(index, new ClpResult(Outcome.NOT_POSTED, number, broken)));
                continue;
            }
            try {
                claim = changes.apply(ctx.practice(), claim,
                        c -> PayerChain.linkedForward(c.post(a, ctx.actor(), ctx.now()), ctx.actor(), ctx.now()),
                        null, ctx.actor(), ctx.now(), false);
            } catch (ClaimTransitionNotAllowedException e) {
                out.add(Map.entry(index, new ClpResult(Outcome.NOT_POSTED, number,
                        new NotPosted(number, ClaimTransitionNotAllowedException.RULE, e.getMessage(), index))));
                continue;
            }
            hooks.claimPosted();
            // the claim write is done: what follows is derived from the posting kept on the claim, so a retry
            // that finds the posting already applied still finishes these steps
            Posting posting = claim.posting(key).orElseThrow();
            ctx.audit().add(new AuditLog.Change("claim", claim.id().value(), posting.claimVersion(),
                    posting.reversal() ? "CLAIM_REMITTANCE_REVERSED" : "CLAIM_REMITTANCE_POSTED"));
            ClaimInvoices.Settled settled = claimInvoices.settle(ctx.practice(), claim, posting, m.invoiceLines(),
                    a.reason(), ctx.today(), ctx.statementDueDays(), ctx.actor(), ctx.now());
            ctx.audit().addAll(settled.audit());
            claim = settled.claim();
            if (claim.chain().nextClaimId() != null && !posting.reversal()) {
                // the next payer's claim, from this adjudication as the payer reported it; a crossover is sent already
                LocalDate date = ctx.remittance().adjudicationDate() != null ? ctx.remittance().adjudicationDate()
                        : ctx.today();
                String crossoverBy = !clp.forwarded() ? null : clp.forwardedTo() != null
                        && clp.forwardedTo().name() != null ? clp.forwardedTo().name().strip()
                        : RemittanceMapping.payerName(ctx.remittance(), claim);
                PayerChain.Advanced advanced = payerChain.advance(ctx.practice(), claim,
                        PriorAdjudication.of(claim, a, date), crossoverBy, ctx.actor(), ctx.now());
                ctx.audit().addAll(advanced.audit());
            }
            // denials open work items under ids from the posting's key; before the remittance record, so a crash
            // here is finished by the retry
            queue.posted(ctx.practice(), claim, posting, ctx.today(), ctx.now());
            Outcome outcome = posting.reversal() ? Outcome.REVERSED : Outcome.valueOf(posting.outcome().name());
            List<VoidedInvoice> voided = settled.withdrawn().stream()
                    .map(w -> new VoidedInvoice(w.invoiceId().value(), w.claimNumber(), w.credit())).toList();
            out.add(Map.entry(index, new ClpResult(outcome, number, posting.invoiceId(), null, voided)));
            byPlace.put(place, claim);
        }
        return out;
    }

    /**
     * The first rule of adjudications the CLP breaks (every one it breaks in the message), or null. The same rules
     * as an adjudication entered by hand: a CLP that does not balance would leave part of the charge unexplained on
     * a claim that leaves the open claims; a reversal while the next payer's claim ({@code next}) stands is refused.
     */
    private static NotPosted brokenRule(Claim claim, Claim previous, Claim next, ClaimPayment clp, Adjudication a,
                                        String number, int index) {
        Violations v = new Violations();
        AdjudicationRules.check(claim, a, clp.patientResponsibility(), "", v);
        ChainRules.checkAdjudication(claim, previous, a.reversal(), a.paidAmount(), "", v);
        if (a.reversal()) {
            ChainRules.checkReversal(claim, next, "claimId", v);
        }
        if (v.isEmpty()) {
            return null;
        }
        String message = String.join("; ", v.list().stream().map(Violation::message).toList());
        Money charge = a.reversal() ? claim.totalCharge().negate() : claim.totalCharge();
        if (clp.totalCharge().compareTo(charge) != 0) {
            message += " (the payer's CLP03 charge is " + clp.totalCharge() + ")";
        }
        return new NotPosted(number, v.list().get(0).rule(), "CLP " + (index + 1) + ": " + message, index);
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

    private static Posted sum(List<Totals> all, boolean alreadyPosted) {
        int paid = 0;
        int partially = 0;
        int denied = 0;
        int reversed = 0;
        List<String> created = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        List<NotPosted> notPosted = new ArrayList<>();
        List<VoidedInvoice> voided = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        for (Totals t : all) {
            paid += t.claimsPaid();
            partially += t.claimsPartiallyPaid();
            denied += t.claimsDenied();
            reversed += t.claimsReversed();
            created.addAll(t.invoicesCreated());
            unmatched.addAll(t.unmatched());
            notPosted.addAll(t.notPosted());
            voided.addAll(t.invoicesVoided());
            warnings.addAll(t.warnings());
        }
        return new Posted(new Totals(paid, partially, denied, reversed, created, unmatched, notPosted, voided,
                warnings), alreadyPosted);
    }
}
