package org.openbilling.claimstatus;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openbilling.domain.claim.Adjudication;
import org.openbilling.domain.claim.Adjustment;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimLine;
import org.openbilling.domain.claim.ClaimStatus;
import org.openbilling.domain.claim.Remark;
import org.openbilling.domain.common.InvoiceId;
import org.openbilling.domain.common.Money;
import org.openbilling.domain.invoice.InvoiceLine;
import org.openbilling.domain.remittance.PostedRemittance;
import org.openbilling.x12.Remittance;
import org.openbilling.x12.Remittance.CasAdjustment;
import org.openbilling.x12.Remittance.ClaimPayment;
import org.openbilling.x12.Remittance.ServicePayment;

/**
 * Turns one CLP of an 835 into the domain's {@link Adjudication}: the outcome (CONTRACT.md), adjustments and
 * remarks with their texts, what each of our lines was paid, and the patient's share per line for the invoice.
 */
@ApplicationScoped
public class RemittanceMapping {
    /** Our line numbers as we send them in REF*6R (compiled once: this runs for every SVC of an 835). */
    private static final java.util.regex.Pattern LINE_CONTROL_NUMBER = java.util.regex.Pattern.compile("\\d{1,3}");
    private final ReasonCodes codes;

    public RemittanceMapping(ReasonCodes codes) {
        this.codes = codes;
    }

    /** The adjudication and the invoice lines of the patient's share; or why the CLP cannot be posted. */
    record Mapped(Adjudication adjudication, List<InvoiceLine> invoiceLines, String unsupported) {
    }

    Mapped map(Remittance r, ClaimPayment clp, Claim claim, String key, InvoiceId invoiceIfShare) {
        boolean reversal = clp.reversal();
        ClaimStatus outcome;
        if (clp.denied()) {
            outcome = ClaimStatus.DENIED;
        } else if (reversal) {
            outcome = null;
        } else if (clp.processed()) {
            outcome = partiallyDenied(clp) ? ClaimStatus.PARTIALLY_PAID : ClaimStatus.PAID;
        } else {
            return new Mapped(null, List.of(), "CLP02 " + clp.statusCode()
                    + " is not a payment, denial or reversal (e.g. 23: forwarded to another payer); nothing posted");
        }
        List<Adjustment> adjustments = new ArrayList<>();
        for (CasAdjustment a : clp.adjustments()) {
            adjustments.add(adjustment(a, null));
        }
        Map<Integer, Money> linePaid = new LinkedHashMap<>();
        List<InvoiceLine> share = new ArrayList<>();
        Money claimLevelShare = sumPatientShare(clp.adjustments());
        if (claimLevelShare.isPositive()) {
            share.add(new InvoiceLine(0, "", claim.serviceDate(), "Patient share of the claim: "
                    + describe(clp.adjustments()), claimLevelShare));
        }
        Set<Integer> used = new HashSet<>();
        List<Integer> lineNumbers = new ArrayList<>();
        for (int i = 0; i < clp.lines().size(); i++) {
            ServicePayment svc = clp.lines().get(i);
            ClaimLine line = matchLine(claim, svc, i, used);
            Integer lineNumber = line == null ? null : line.lineNumber();
            lineNumbers.add(lineNumber);
            for (CasAdjustment a : svc.adjustments()) {
                adjustments.add(adjustment(a, lineNumber));
            }
            if (lineNumber != null) {
                linePaid.merge(lineNumber, svc.paidAmount(), Money::plus);
            }
            Money lineShare = sumPatientShare(svc.adjustments());
            if (lineShare.isPositive()) {
                share.add(new InvoiceLine(lineNumber == null ? 0 : lineNumber, svc.code(),
                        svc.serviceDate() != null ? svc.serviceDate() : line != null ? line.serviceDate() : claim.serviceDate(),
                        "Patient share: " + describe(svc.adjustments()), lineShare));
            }
        }
        List<Remark> remarks = new ArrayList<>();
        for (String code : clp.remarkCodes()) {
            addRemark(remarks, code, null);
        }
        for (int i = 0; i < clp.lines().size(); i++) {
            // an LQ remark is about its line: it keeps the line (null when the SVC matched none of ours)
            for (String code : clp.lines().get(i).remarkCodes()) {
                addRemark(remarks, code, lineNumbers.get(i));
            }
        }
        Money patientShare = share.stream().map(InvoiceLine::amount).reduce(Money.ZERO, Money::plus);
        // the patient is invoiced after the last payer only: a share left while a later coverage exists goes to that payer
        InvoiceId invoice = !reversal && patientShare.isPositive() && !claim.hasNextPayer() ? invoiceIfShare : null;
        String reason = "835 trace " + r.traceNumber() + " from " + payerName(r, claim) + ": "
                + (reversal ? "reversal of " + blankToDash(clp.payerClaimControlNumber())
                : outcome + ", paid " + clp.paidAmount() + (patientShare.isPositive() ? ", patient share " + patientShare : ""));
        Adjudication a = new Adjudication(key, reversal, outcome, clp.paidAmount(), adjustments, linePaid, remarks,
                clp.payerClaimControlNumber(), invoice, reason);
        return new Mapped(a, invoice == null ? List.of() : share, null);
    }

    private void addRemark(List<Remark> remarks, String code, Integer lineNumber) {
        if (remarks.stream().noneMatch(x -> x.code().equals(code) && java.util.Objects.equals(x.lineNumber(), lineNumber))) {
            remarks.add(new Remark(code, codes.rarc(code), lineNumber));
        }
    }

    /**
     * The payer as people name it: N1*PR's name, else the claim's payer. TRN03 is an identifier ("1" and the payer's
     * EIN), not a name, and is shown only when there is nothing else.
     */
    static String payerName(Remittance r, Claim claim) {
        if (r.payerName() != null && !r.payerName().isBlank()) {
            return r.payerName().strip();
        }
        if (claim.payer() != null && claim.payer().payerName() != null && !claim.payer().payerName().isBlank()) {
            return claim.payer().payerName();
        }
        return "payer " + r.payerId();
    }

    /**
     * BPR02 checked against the 835's balancing rule (the claim payments less the provider adjustments): a mismatch is
     * reported on the remittance; each claim is still judged on its own.
     */
    static List<PostedRemittance.Warning> paymentWarnings(Remittance r) {
        Money expected = r.expectedPaymentAmount();
        if (r.paymentAmount().compareTo(expected) == 0) {
            return List.of();
        }
        Money plb = r.providerAdjustments().stream().map(Remittance.ProviderAdjustment::amount)
                .reduce(Money.ZERO, Money::plus);
        return List.of(new PostedRemittance.Warning(r.traceNumber(), "remittance-payment-unbalanced",
                "BPR02 pays " + r.paymentAmount() + ", but the claim payments (" + expected.plus(plb)
                        + ") less the provider adjustments (" + plb + ") come to " + expected + ": the difference "
                        + r.paymentAmount().minus(expected) + " is not explained by this 835"));
    }

    /**
     * CARC 23, "the impact of prior payer(s) adjudication": a later payer's adjustment for what the payers before it
     * settled. A line it zeroes was paid by them, not denied.
     */
    static final String PRIOR_PAYERS_IMPACT = "23";

    /**
     * A line denied (paid nothing, with a non-patient adjustment) while another line was not: partially paid. A line
     * paid nothing because its allowed amount went to the patient's deductible (it carries a PR share) is not denied.
     */
    static boolean partiallyDenied(ClaimPayment clp) {
        boolean denied = false;
        boolean other = false;
        for (ServicePayment l : clp.lines()) {
            boolean lineDenied = l.paidAmount().isZero() && !sumPatientShare(l.adjustments()).isPositive()
                    && l.adjustments().stream().anyMatch(a -> !"PR".equals(a.groupCode()) && a.amount().isPositive()
                    && !PRIOR_PAYERS_IMPACT.equals(a.reasonCode()));
            denied |= lineDenied;
            other |= !lineDenied;
        }
        return denied && other;
    }

    /** PLB provider adjustments, with the texts of their reason codes where known. */
    List<PostedRemittance.ProviderAdjustment> providerAdjustments(Remittance r) {
        return r.providerAdjustments().stream().map(p -> new PostedRemittance.ProviderAdjustment(p.providerId(),
                p.fiscalPeriodDate(), p.reasonCode(), PLB_REASONS.getOrDefault(p.reasonCode(), "provider adjustment " + p.reasonCode()),
                p.reference(), p.amount())).toList();
    }

    /** The common PLB03-1 codes (X12 element 426). */
    private static final Map<String, String> PLB_REASONS = Map.ofEntries(
            Map.entry("WO", "Overpayment recovery"), Map.entry("L6", "Interest owed"),
            Map.entry("72", "Authorized return"), Map.entry("FB", "Forwarding balance"),
            Map.entry("CS", "Adjustment"), Map.entry("J1", "Nonreimbursable"), Map.entry("50", "Late charge"),
            Map.entry("51", "Interest penalty charge"), Map.entry("90", "Early payment allowance"),
            Map.entry("AP", "Acceleration of benefits"), Map.entry("B2", "Rebate"), Map.entry("B3", "Recovery allowance"),
            Map.entry("BD", "Bad debt adjustment"), Map.entry("BN", "Bonus"), Map.entry("C5", "Temporary allowance"),
            Map.entry("E3", "Withholding"), Map.entry("FC", "Fund allocation"), Map.entry("GO", "Graduate medical education"),
            Map.entry("IP", "Incentive premium payment"), Map.entry("IR", "Internal Revenue Service withholding"),
            Map.entry("IS", "Interim settlement"), Map.entry("LE", "Levy"), Map.entry("OA", "Organ acquisition"),
            Map.entry("OB", "Offset for affiliated providers"), Map.entry("PI", "Periodic interim payment"),
            Map.entry("PL", "Payment final"), Map.entry("RA", "Retro-activity adjustment"),
            Map.entry("RE", "Return on equity"), Map.entry("SL", "Student loan repayment"),
            Map.entry("TL", "Third party liability"), Map.entry("WU", "Unspecified recovery"));

    private Adjustment adjustment(CasAdjustment a, Integer lineNumber) {
        return new Adjustment(a.groupCode(), a.reasonCode(), codes.carc(a.reasonCode()), a.amount(), lineNumber,
                a.quantity(), codes.group(a.groupCode()));
    }

    private String describe(List<CasAdjustment> adjustments) {
        List<String> parts = new ArrayList<>();
        for (CasAdjustment a : adjustments) {
            if ("PR".equals(a.groupCode()) && a.amount().isPositive()) {
                parts.add(codes.carc(a.reasonCode()));
            }
        }
        return String.join("; ", parts);
    }

    private static Money sumPatientShare(List<CasAdjustment> adjustments) {
        return adjustments.stream().filter(a -> "PR".equals(a.groupCode())).map(CasAdjustment::amount)
                .reduce(Money.ZERO, Money::plus);
    }

    /**
     * Our line for an SVC: the line control number we sent (REF*6R) when the payer echoes it, else the line at the
     * same position with the same code, else the first unused line with that code.
     */
    private static ClaimLine matchLine(Claim claim, ServicePayment svc, int position, Set<Integer> used) {
        List<ClaimLine> lines = claim.lines();
        if (svc.lineControlNumber() != null && LINE_CONTROL_NUMBER.matcher(svc.lineControlNumber()).matches()) {
            int n = Integer.parseInt(svc.lineControlNumber());
            for (ClaimLine l : lines) {
                if (l.lineNumber() == n && used.add(n)) {
                    return l;
                }
            }
        }
        if (position < lines.size() && lines.get(position).code().equalsIgnoreCase(svc.code())
                && used.add(lines.get(position).lineNumber())) {
            return lines.get(position);
        }
        for (ClaimLine l : lines) {
            if (l.code().equalsIgnoreCase(svc.code()) && used.add(l.lineNumber())) {
                return l;
            }
        }
        return null;
    }

    private static String blankToDash(String s) {
        return s == null || s.isBlank() ? "the earlier adjudication" : s;
    }
}
