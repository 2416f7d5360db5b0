package org.openbilling.claimstatus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.openbilling.contract.Requests;
import org.openbilling.domain.claim.Adjudication;
import org.openbilling.domain.claim.AdjudicationRules;
import org.openbilling.domain.claim.Adjustment;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimLine;
import org.openbilling.domain.claim.ClaimStatus;
import org.openbilling.domain.claim.PayerClaimControlNumbers;
import org.openbilling.domain.claim.Remark;
import org.openbilling.domain.common.InvoiceId;
import org.openbilling.domain.common.Money;
import org.openbilling.domain.common.Violations;
import org.openbilling.domain.invoice.InvoiceLine;

/**
 * A payer's verdict entered by hand (a paper EOB, a payer portal) as the {@code adjudication} of POST
 * /claims/{id}/status. It becomes the same {@link Adjudication} an 835 does, so it is posted by the same
 * {@link Claim#post} (amounts, adjustments, remarks, line payments, status and history in one versioned write) and
 * leaves the patient's share on an invoice like a remittance does. It must pass the rules an 835's CLP must pass
 * ({@link AdjudicationRules}): the claim's total charge = paid + every adjustment (the patient's share included), a
 * denial pays nothing, the patient responsibility equals the PR adjustments.
 */
public final class ManualAdjudication {
    static final Set<String> GROUPS = Set.of("CO", "PR", "OA", "PI", "CR");
    static final int MAX_ADJUSTMENTS = 99;
    static final int MAX_REMARKS = 20;
    /** A patient share entered without its reason on a claim whose next payer must be told the reason. */
    public static final String REASON_REQUIRED = "adjudication-reason-required";

    private ManualAdjudication() {
    }

    /** The adjudication checked on its own, before the claim is read. */
    record Checked(Money paid, Money patientResponsibility, String payerClaimControlNumber, List<Adjustment> adjustments,
                   Map<Integer, Money> linePaid, List<Remark> remarks) {
    }

    /** Every violation of the body's shape at once, each named by its field under {@code adjudication}. */
    static Checked check(Requests.Adjudication r, ReasonCodes codes, Violations v) {
        String f = "adjudication.";
        Money paid = amount(v, f + "paidAmount", r.paidAmount(), true, true);
        Money share = r.patientResponsibility() == null ? null
                : amount(v, f + "patientResponsibility", r.patientResponsibility(), false, true);
        String control = r.payerClaimControlNumber() == null || r.payerClaimControlNumber().isBlank() ? null
                : r.payerClaimControlNumber().strip();
        if (control != null) {
            PayerClaimControlNumbers.check(v, f + "payerClaimControlNumber", control);
        }
        List<Requests.AdjustmentLine> adjIn = r.adjustments() == null ? List.of() : r.adjustments();
        if (adjIn.size() > MAX_ADJUSTMENTS) {
            v.add("too-many-adjustments", f + "adjustments", "at most " + MAX_ADJUSTMENTS + " adjustments");
            adjIn = List.of();
        }
        List<Adjustment> adjustments = new ArrayList<>();
        for (int i = 0; i < adjIn.size(); i++) {
            String p = f + "adjustments[" + i + "].";
            Requests.AdjustmentLine a = adjIn.get(i);
            if (a == null) {
                v.add("required", f + "adjustments[" + i + "]", "an adjustment is required");
                continue;
            }
            String group = a.groupCode() == null ? null : a.groupCode().strip().toUpperCase(Locale.ROOT);
            if (v.required(p + "groupCode", group) != null && !group.isBlank() && !GROUPS.contains(group)) {
                v.add("adjustment-group-unknown", p + "groupCode", "the group code is one of " + GROUPS);
            }
            String reason = a.reasonCode() == null ? null : a.reasonCode().strip().toUpperCase(Locale.ROOT);
            if (v.required(p + "reasonCode", reason) != null && !reason.isBlank() && !codes.isCarc(reason)) {
                v.add("adjustment-reason-unknown", p + "reasonCode",
                        "not a claim adjustment reason code (CARC) of the bundled list");
            }
            Money amount = amount(v, p + "amount", a.amount(), false, false);
            if (amount != null && amount.isZero()) {
                v.add("amount-zero", p + "amount", "an adjustment of zero adjusts nothing");
            }
            Integer line = lineNumber(v, p + "lineNumber", a.lineNumber());
            if (group != null && GROUPS.contains(group) && reason != null && codes.isCarc(reason) && amount != null) {
                adjustments.add(new Adjustment(group, reason, codes.carc(reason), amount, line, null, codes.group(group)));
            }
        }
        Map<Integer, Money> linePaid = new LinkedHashMap<>();
        List<Requests.LinePayment> lines = r.lines() == null ? List.of() : r.lines();
        for (int i = 0; i < lines.size(); i++) {
            String p = f + "lines[" + i + "].";
            Requests.LinePayment l = lines.get(i);
            if (l == null) {
                v.add("required", f + "lines[" + i + "]", "a line payment is required");
                continue;
            }
            Integer line = lineNumber(v, p + "lineNumber", v.required(p + "lineNumber", l.lineNumber()));
            Money m = amount(v, p + "paidAmount", l.paidAmount(), true, true);
            if (line != null && m != null && linePaid.put(line, m) != null) {
                v.add("line-payment-duplicate", p + "lineNumber", "line " + line + " is paid twice");
            }
        }
        if (paid != null && !lines.isEmpty() && v.isEmpty()) {
            Money sum = linePaid.values().stream().reduce(Money.ZERO, Money::plus);
            if (sum.compareTo(paid) != 0) {
                v.add("line-payments-unbalanced", f + "lines", "the lines' payments add up to " + sum
                        + ", not the paid amount " + paid);
            }
        }
        List<Remark> remarks = new ArrayList<>();
        List<String> remarkIn = r.remarks() == null ? List.of() : r.remarks();
        if (remarkIn.size() > MAX_REMARKS) {
            v.add("too-many-remarks", f + "remarks", "at most " + MAX_REMARKS + " remarks");
            remarkIn = List.of();
        }
        for (int i = 0; i < remarkIn.size(); i++) {
            String code = remarkIn.get(i) == null ? "" : remarkIn.get(i).strip().toUpperCase(Locale.ROOT);
            if (!codes.isRarc(code)) {
                v.add("remark-unknown", f + "remarks[" + i + "]", "not a remittance advice remark code (RARC) of the bundled list");
            } else if (remarks.stream().noneMatch(x -> x.code().equals(code))) {
                remarks.add(new Remark(code, codes.rarc(code)));
            }
        }
        boolean anyPr = adjustments.stream().anyMatch(Adjustment::isPatientShare);
        if (anyPr) {
            AdjudicationRules.checkPatientShare(share, adjustments, f, v);
        }
        if (share != null && share.isPositive() && !anyPr) {
            // the patient's share without its reasons: booked as one PR adjustment, so the claim still balances
            adjustments.add(new Adjustment("PR", null, "Patient responsibility (entered without a reason code)", share,
                    null, null, codes.group("PR")));
        }
        return new Checked(paid, share, control, adjustments, linePaid, remarks);
    }

    /** The checks that need the claim: its lines, its total, and what the outcome allows. */
    static void checkAgainst(Claim claim, ClaimStatus outcome, Checked c, Violations v) {
        String f = "adjudication.";
        Set<Integer> numbers = new java.util.HashSet<>();
        claim.lines().forEach(l -> numbers.add(l.lineNumber()));
        for (int i = 0; i < c.adjustments().size(); i++) {
            Integer line = c.adjustments().get(i).lineNumber();
            if (line != null && !numbers.contains(line)) {
                v.add("claim-line-unknown", f + "adjustments[" + i + "].lineNumber", "the claim has no line " + line);
            }
        }
        int i = 0;
        for (Integer line : c.linePaid().keySet()) {
            if (!numbers.contains(line)) {
                v.add("claim-line-unknown", f + "lines[" + i + "].lineNumber", "the claim has no line " + line);
            }
            i++;
        }
        if (claim.hasNextPayer() && c.adjustments().stream().anyMatch(a -> a.reasonCode() == null)) {
            // the next payer's 837P tells it every adjustment by group and reason (CAS): no CARC stands for "some
            // patient share", so a guess would misstate the deductible, coinsurance or copay to that payer
            v.add(REASON_REQUIRED, f + "patientResponsibility", "claim " + claim.claimNumber().value()
                    + " has a payer after it, which is told the patient's share by reason: enter it as PR adjustments"
                    + " with their reason codes (1 deductible, 2 coinsurance, 3 copay...)");
        }
        // the rules an 835's claim payment must pass too: one set for both
        AdjudicationRules.checkAgainst(claim, false, outcome, c.paid(), c.adjustments(), f, v);
    }

    /** The domain adjudication, ready for {@link Claim#post}; the invoice id only when the patient owes a share. */
    static Adjudication toAdjudication(Checked c, ClaimStatus outcome, String key, String reason) {
        Money share = c.adjustments().stream().filter(Adjustment::isPatientShare).map(Adjustment::amount)
                .reduce(Money.ZERO, Money::plus);
        return new Adjudication(key, false, outcome, c.paid(), c.adjustments(), c.linePaid(), c.remarks(),
                c.payerClaimControlNumber(), share.isPositive() ? invoiceId(key) : null, reason);
    }

    /** A reversal entered by hand: backs out the standing adjudication, the claim returns to ACCEPTED. */
    static Adjudication reversal(String key, String reason) {
        return new Adjudication(key, true, null, Money.ZERO, List.of(), Map.of(), List.of(), null, null, reason);
    }

    /** The invoice lines of the patient's share: one per claim line with a PR share, one for the claim level. */
    static List<InvoiceLine> shareLines(Claim claim, List<Adjustment> adjustments) {
        Map<Integer, List<Adjustment>> byLine = new LinkedHashMap<>();
        for (Adjustment a : adjustments) {
            if (a.isPatientShare() && a.amount().isPositive()) {
                byLine.computeIfAbsent(a.lineNumber() == null ? 0 : a.lineNumber(), k -> new ArrayList<>()).add(a);
            }
        }
        List<InvoiceLine> out = new ArrayList<>();
        byLine.forEach((number, list) -> {
            Money amount = list.stream().map(Adjustment::amount).reduce(Money.ZERO, Money::plus);
            String why = String.join("; ", list.stream().map(Adjustment::description).toList());
            ClaimLine line = claim.lines().stream().filter(l -> l.lineNumber() == number).findFirst().orElse(null);
            out.add(line == null
                    ? new InvoiceLine(0, "", claim.serviceDate(), "Patient share of the claim: " + why, amount)
                    : new InvoiceLine(number, line.code(), line.serviceDate(), "Patient share: " + why, amount));
        });
        return out;
    }

    /**
     * The posting key: from the Idempotency-Key when there is one (a retry finds its posting on the claim and
     * changes nothing), else from the claim version it was entered against and the body.
     */
    static String key(String claimId, String idempotencyKey, long versionRead, String bodyFingerprint) {
        String basis = idempotencyKey != null
                ? String.join("\n", "key", claimId, idempotencyKey)
                : String.join("\n", "version", claimId, Long.toString(versionRead), bodyFingerprint);
        return "manual#" + sha256(basis, 12);
    }

    static InvoiceId invoiceId(String postingKey) {
        return new InvoiceId("i-" + sha256("invoice\n" + postingKey, 16));
    }

    private static String sha256(String text, int bytes) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Money amount(Violations v, String field, String raw, boolean required, boolean notNegative) {
        if (raw == null || raw.isBlank()) {
            if (required) {
                v.add("required", field, field + " is required");
            }
            return null;
        }
        Money m = v.parse(field, () -> Money.of(raw));
        if (m != null && notNegative && m.isNegative()) {
            v.add("amount-negative", field, "the amount cannot be negative");
            return null;
        }
        return m;
    }

    private static Integer lineNumber(Violations v, String field, Long raw) {
        if (raw == null) {
            return null;
        }
        if (raw < 1 || raw > 50) {
            v.add("line-number-range", field, "a claim line number is 1 to 50");
            return null;
        }
        return raw.intValue();
    }
}
