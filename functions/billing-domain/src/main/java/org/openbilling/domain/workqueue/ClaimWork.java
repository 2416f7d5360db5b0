package org.openbilling.domain.workqueue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openbilling.domain.claim.Adjustment;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimStatus;
import org.openbilling.domain.claim.HistoryEntry;
import org.openbilling.domain.claim.Posting;
import org.openbilling.domain.claim.Remark;
import org.openbilling.domain.common.Money;
import org.openbilling.domain.workqueue.WorkItem.Opening;

/**
 * Which work items a claim's events and silences call for, and when a claim has moved on far enough that an item
 * resolves itself. Pure rules over the claim (no storage): the callers open the items under their derived ids.
 */
public final class ClaimWork {
    /** Days a person gets for each kind of item, never past the deadline it protects. */
    static final int REJECTION_DAYS = 7;
    static final int DENIAL_DAYS = 14;
    static final int NO_ANSWER_DAYS = 5;
    static final int CLAIM_STATUS_DAYS = 7;
    static final int QUARANTINE_DAYS = 1;
    /**
     * Health care claim status codes (X12 external code list 507) that name a code on the claim: a rejection citing
     * one is a coder's to see (diagnosis, procedure, modifier, revenue and HCPCS codes).
     */
    static final Set<String> CODING_STATUS_CODES = Set.of("254", "255", "256", "454", "455", "507", "545", "546");

    private final Deadlines deadlines;
    private final DenialActions denials;

    public ClaimWork(Deadlines deadlines, DenialActions denials) {
        this.deadlines = deadlines;
        this.denials = denials;
    }

    public static ClaimWork standard() {
        return new ClaimWork(Deadlines.standard(), DenialActions.table());
    }

    public Deadlines deadlines() {
        return deadlines;
    }

    /**
     * A 999 or 277CA rejection: fix and resend. {@code ack} names the file kind, {@code reason} is the history entry
     * it recorded, {@code codes} the segment/element or status composites that caused it; the claim's current batch
     * is part of the key, so a claim rejected again after it was corrected and sent again gets a new item.
     */
    public Opening rejection(Claim c, String ack, String reason, List<String> codes, LocalDate today) {
        boolean coding = codes.stream().anyMatch(code -> {
            String[] parts = code.split(":");
            return parts.length > 1 && CODING_STATUS_CODES.contains(parts[1]);
        });
        return new Opening(WorkItemCategory.REJECTION, "FIX_AND_RESEND",
                "Correct what the " + ack + " names (POST /claims/{id}/corrections) and send the claim again.",
                reason, codes, null, coding, c.id(), c.claimNumber().value(), payerId(c), null,
                ack + "|" + c.id().value() + "|" + c.submissionId() + "|" + reason,
                bounded(today.plusDays(REJECTION_DAYS), deadlines.filingDeadline(c), today));
    }

    /**
     * The denials of one posting: one item for a denied claim, else one per line the payer paid nothing on for a
     * reason that needs work (patient responsibility and contractual reductions need none).
     */
    public List<Opening> denials(Claim c, Posting p, LocalDate today) {
        List<Opening> out = new ArrayList<>();
        if (!p.standing() || p.reversal()) {
            return out;
        }
        LocalDate appealBy = today.plus(deadlines.limitsOf(c).appealLimit());
        LocalDate due = bounded(today.plusDays(DENIAL_DAYS), Optional.of(appealBy), today);
        if (p.outcome() == ClaimStatus.DENIED) {
            denial(c, p, null, p.adjustments(), remarks(c, null), due).ifPresent(out::add);
            return out;
        }
        Map<Integer, List<Adjustment>> byLine = new java.util.TreeMap<>();
        for (Adjustment a : p.adjustments()) {
            if (a.lineNumber() != null) {
                byLine.computeIfAbsent(a.lineNumber(), k -> new ArrayList<>()).add(a);
            }
        }
        for (Map.Entry<Integer, List<Adjustment>> e : byLine.entrySet()) {
            Money paid = p.linePaid().get(e.getKey());
            if (paid != null && !paid.isZero()) {
                continue;
            }
            denial(c, p, e.getKey(), e.getValue(), remarks(c, e.getKey()), due).ifPresent(out::add);
        }
        return out;
    }

    private Optional<Opening> denial(Claim c, Posting p, Integer line, List<Adjustment> adjustments,
                                     List<String> rarcs, LocalDate due) {
        List<String[]> gc = adjustments.stream().filter(a -> a.amount().isPositive())
                .map(a -> new String[] {a.groupCode(), a.reasonCode()}).toList();
        return denials.first(gc, rarcs).map(hit -> {
            DenialActions.Rule r = hit.getValue();
            List<String> codes = new ArrayList<>(new LinkedHashSet<>(gc.stream().map(x -> x[0] + "-" + x[1]).toList()));
            codes.addAll(rarcs);
            String where = line == null ? "claim" : "line " + line;
            String reason = "835 denied the " + where + ": " + String.join(", ", codes) + " (" + r.category() + ")";
            return new Opening(WorkItemCategory.DENIAL, r.action(), r.actionText(), reason, codes, r.category(),
                    r.coding(), c.id(), c.claimNumber().value(), payerId(c), null,
                    "835|" + p.key() + "|" + (line == null ? "claim" : "line" + line), due);
        });
    }

    /**
     * A 277 answer to our 276 (005010X212) that needs a person: the payer asks for information (R*, or pending with
     * the information requested from the provider or patient, P3/P4), finalized the claim without paying it (F2
     * denied, F4 no payment forthcoming: the 835 will follow, the appeal clock runs), or could not answer (E*, D0:
     * the claim not found, an error in the inquiry). Other answers (acknowledged, in process, paid) need nobody.
     * {@code trace} is the TRN02 of the answer: the same answer posted again makes the same item.
     */
    public Optional<Opening> statusAnswer(Claim c, String category, List<String> codes, String trace, LocalDate today) {
        String cat = category == null ? "" : category.toUpperCase(java.util.Locale.ROOT);
        String action;
        String text;
        if (cat.startsWith("R") || cat.equals("P3") || cat.equals("P4")) {
            action = "SEND_REQUESTED_INFORMATION";
            text = "The payer asks for information before it decides (277 " + cat + "): send what the status codes"
                    + " name (records, an itemized bill, the patient's other coverage) and note what was sent.";
        } else if (cat.equals("F2") || cat.equals("F4")) {
            action = "REVIEW_DENIAL";
            text = "The payer finalized the claim without payment (277 " + cat + "): the 835 follows; review the"
                    + " status codes now and prepare a correction or an appeal before the appeal limit.";
        } else if (cat.startsWith("E") || cat.equals("D0")) {
            action = "CHECK_CLAIM_WITH_PAYER";
            text = "The payer could not answer about the claim (277 " + cat + "): check the member id and the"
                    + " claim's acknowledgements; send the claim again if the payer never received it.";
        } else {
            return Optional.empty();
        }
        String reason = "277 claim status " + String.join(", ", codes);
        return Optional.of(new Opening(WorkItemCategory.CLAIM_STATUS, action, text, reason, codes, null, false,
                c.id(), c.claimNumber().value(), payerId(c), null,
                "277|" + c.id().value() + "|" + trace + "|" + String.join(",", codes),
                today.plusDays(CLAIM_STATUS_DAYS)));
    }

    /** No 277CA or 999 verdict within the payer's days after submission. */
    public Optional<Opening> noAcknowledgement(Claim c, LocalDate today, ZoneId zone) {
        if (c.status() != ClaimStatus.SUBMITTED || c.submittedAt() == null) {
            return Optional.empty();
        }
        Optional<java.time.Instant> since = lastMoveTo(c, ClaimStatus.SUBMITTED);
        LocalDate sent = since.orElse(c.submittedAt()).atZone(zone).toLocalDate();
        int days = deadlines.limitsOf(c).daysToAcknowledgement();
        if (sent.plusDays(days).isAfter(today)) {
            return Optional.empty();
        }
        return Optional.of(new Opening(WorkItemCategory.NO_ACKNOWLEDGEMENT, "CHECK_SUBMISSION",
                "No acknowledgement " + days + " days after the claim was sent: check the clearinghouse's reports and"
                        + " send the claim again if it never arrived.",
                "no 999/277CA verdict since " + sent, List.of(), null, false, c.id(), c.claimNumber().value(),
                payerId(c), null, "no-ack|" + c.id().value() + "|" + c.submissionId() + "|" + sent,
                bounded(today.plusDays(NO_ANSWER_DAYS), deadlines.filingDeadline(c), today)));
    }

    /** No 835 within the payer's days after the payer accepted the claim. */
    public Optional<Opening> noPayment(Claim c, LocalDate today, ZoneId zone) {
        if (c.status() != ClaimStatus.ACCEPTED) {
            return Optional.empty();
        }
        Optional<java.time.Instant> since = lastMoveTo(c, ClaimStatus.ACCEPTED);
        if (since.isEmpty()) {
            return Optional.empty();
        }
        LocalDate accepted = since.get().atZone(zone).toLocalDate();
        int days = deadlines.limitsOf(c).daysToPayment();
        if (accepted.plusDays(days).isAfter(today)) {
            return Optional.empty();
        }
        return Optional.of(new Opening(WorkItemCategory.NO_PAYMENT, "INQUIRE_CLAIM_STATUS",
                "No 835 " + days + " days after the payer accepted the claim: ask for its status (a 276 inquiry or the"
                        + " payer's portal).",
                "no 835 since the acceptance on " + accepted, List.of(), null, false, c.id(), c.claimNumber().value(),
                payerId(c), null, "no-835|" + c.id().value() + "|" + since.get(), today.plusDays(NO_ANSWER_DAYS)));
    }

    /** The filing deadline within {@code warningDays} and the claim not yet accepted. */
    public Optional<Opening> filingAtRisk(Claim c, LocalDate today, int warningDays) {
        if (c.status() != ClaimStatus.READY && c.status() != ClaimStatus.SUBMITTED && c.status() != ClaimStatus.REJECTED) {
            return Optional.empty();
        }
        return deadlines.filingDeadline(c).filter(d -> !d.isAfter(today.plusDays(warningDays))).map(d ->
                new Opening(WorkItemCategory.FILING_DEADLINE, "FILE_BEFORE_DEADLINE",
                        "The payer's filing limit ends on " + d + ": get the claim accepted before then (fix, send, and"
                                + " keep the acceptance as proof).",
                        "filing deadline " + d + (d.isBefore(today) ? " has passed" : " is near") + " (claim "
                                + c.status() + ")", List.of(), null, false, c.id(), c.claimNumber().value(),
                        payerId(c), null, "filing|" + c.id().value() + "|" + d, d));
    }

    /** The appeal deadline of a denied claim within {@code warningDays}. */
    public Optional<Opening> appealAtRisk(Claim c, LocalDate today, int warningDays, ZoneId zone) {
        return deadlines.appealDeadline(c, zone).filter(d -> !d.isAfter(today.plusDays(warningDays))).map(d ->
                new Opening(WorkItemCategory.APPEAL_DEADLINE, "APPEAL_OR_WRITE_OFF",
                        "The appeal limit ends on " + d + ": appeal before then, or write the claim off.",
                        "appeal deadline " + d + (d.isBefore(today) ? " has passed" : " is near"), List.of(), null,
                        false, c.id(), c.claimNumber().value(), payerId(c), null,
                        "appeal|" + c.id().value() + "|" + Deadlines.deniedAt(c).orElse(null), d));
    }

    /**
     * Why an open item of the claim is no longer needed, or empty while it still is. The claim moved on: a rejected
     * claim corrected and accepted, a denial paid on appeal or reversed, the claim written off, voided or replaced,
     * the silence answered.
     */
    public Optional<String> resolution(WorkItem item, Claim c) {
        if (!item.status().isOpen() || c == null) {
            return Optional.empty();
        }
        ClaimStatus s = c.status();
        if (s.isFinal()) {
            return Optional.of("the claim is " + s);
        }
        return switch (item.category()) {
            case REJECTION -> accepted(c) ? Optional.of("the corrected claim was accepted (" + s + ")") : Optional.empty();
            case DENIAL -> {
                if (s == ClaimStatus.PAID) {
                    yield Optional.of("the claim was paid");
                }
                String key = postingKeyOf(item);
                boolean stands = key == null || c.posting(key).map(Posting::standing).orElse(true);
                yield stands ? Optional.empty() : Optional.of("the payer's adjudication was reversed or superseded ("
                        + s + ")");
            }
            case NO_ACKNOWLEDGEMENT -> s != ClaimStatus.SUBMITTED || !item.sourceKey().contains("|" + c.submissionId() + "|")
                    ? Optional.of("the claim was answered (" + s + ")") : Optional.empty();
            case NO_PAYMENT -> s != ClaimStatus.ACCEPTED ? Optional.of("the payer adjudicated the claim (" + s + ")")
                    : Optional.empty();
            case FILING_DEADLINE -> accepted(c) ? Optional.of("the payer accepted the claim in time (" + s + ")")
                    : Optional.empty();
            case APPEAL_DEADLINE -> s != ClaimStatus.DENIED ? Optional.of("the denial was acted on (" + s + ")")
                    : Optional.empty();
            case CLAIM_STATUS -> s != ClaimStatus.ACCEPTED && s != ClaimStatus.SUBMITTED
                    ? Optional.of("the claim moved on (" + s + ")") : Optional.empty();
            case FILE_QUARANTINED -> Optional.empty();
        };
    }

    /**
     * Whether earlier events of this claim may have opened items that its current state settles: a rejection in its
     * history, an earlier adjudication (its denials), or a final status. A claim's first clean adjudication is none of
     * these, so posting it costs no read of the work queue.
     */
    public static boolean mayHaveEventItems(Claim c) {
        return c.status().isFinal() || c.postings().size() > 1
                || c.history().stream().anyMatch(h -> h.to() == ClaimStatus.REJECTED)
                || (c.postings().isEmpty() && c.history().stream().anyMatch(h -> h.to() == ClaimStatus.DENIED));
    }

    private static boolean accepted(Claim c) {
        return switch (c.status()) {
            case ACCEPTED, PAID, PARTIALLY_PAID, DENIED, APPEALED -> true;
            default -> false;
        };
    }

    private static String postingKeyOf(WorkItem item) {
        String k = item.sourceKey();
        if (k == null || !k.startsWith("835|")) {
            return null;
        }
        int last = k.lastIndexOf('|');
        return k.substring(4, last);
    }

    private static Optional<java.time.Instant> lastMoveTo(Claim c, ClaimStatus to) {
        for (int i = c.history().size() - 1; i >= 0; i--) {
            HistoryEntry h = c.history().get(i);
            if (h.to() == to && h.from() != to) {
                return Optional.of(h.at());
            }
        }
        return Optional.empty();
    }

    private static List<String> remarks(Claim c, Integer line) {
        return c.remarks().stream().filter(r -> line == null || line.equals(r.lineNumber()) || r.lineNumber() == null)
                .map(Remark::code).distinct().toList();
    }

    private static String payerId(Claim c) {
        return c.payer() == null ? null : c.payer().payerId();
    }

    /** {@code wanted}, but never after the deadline, and never before today. */
    static LocalDate bounded(LocalDate wanted, Optional<LocalDate> deadline, LocalDate today) {
        LocalDate d = deadline.filter(x -> x.isBefore(wanted)).orElse(wanted);
        return d.isBefore(today) ? today : d;
    }
}
