package org.openbilling.x12;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.openbilling.domain.common.Money;
import org.openbilling.x12.Remittance.CasAdjustment;
import org.openbilling.x12.Remittance.ClaimPayment;
import org.openbilling.x12.Remittance.ServicePayment;

/**
 * What a payer before this claim's payer decided on it, as the next payer's 837P carries it (2320/2330B and, per
 * line, 2430): its claim control number when known (REF*F8), the adjudication date (DTP*573), what it paid
 * (AMT*D), what the patient still owes after it in the provider's judgment (AMT*EAF), its claim-level adjustments
 * (CAS), its claim remark codes (MOA) and, when it adjudicated line by line, each line. A denial is paid 0 with the
 * denial's adjustments. The payer itself is the coverage at the same place of the {@link CoordinatedClaim}.
 */
public record PriorPayerAdjudication(String payerClaimControlNumber, LocalDate adjudicationDate, Money paidAmount,
                                     Money remainingPatientLiability, List<CasAdjustment> adjustments,
                                     List<String> remarkCodes, List<Line> lines) {
    public PriorPayerAdjudication {
        Objects.requireNonNull(adjudicationDate, "adjudicationDate");
        Objects.requireNonNull(paidAmount, "paidAmount");
        Objects.requireNonNull(remainingPatientLiability, "remainingPatientLiability");
        adjustments = List.copyOf(adjustments);
        remarkCodes = List.copyOf(remarkCodes);
        lines = List.copyOf(lines);
    }

    /**
     * One of our lines as the payer adjudicated it: our line number, the procedure and modifiers as the payer
     * adjudicated them (SVD03), the units it paid (null: the line's units), what it paid (SVD02), the line's
     * adjustments, and what the patient still owes on the line (2430 AMT*EAF; null to report it on the claim).
     */
    public record Line(int lineNumber, String procedureCode, List<String> modifiers, BigDecimal units,
                       Money paidAmount, List<CasAdjustment> adjustments, Money remainingPatientLiability) {
        public Line {
            Objects.requireNonNull(procedureCode, "procedureCode");
            Objects.requireNonNull(paidAmount, "paidAmount");
            modifiers = List.copyOf(modifiers);
            adjustments = List.copyOf(adjustments);
        }
    }

    /**
     * The adjudication an 835 reports for one claim. {@code lineNumbers} holds our line number for each of the
     * CLP's SVC lines, in their order (the caller matched them, e.g. by REF*6R). The remaining patient liability is
     * CLP05; it goes on the lines (each line's PR adjustments) when the payer reported the patient's share on the
     * lines only, else on the claim.
     *
     * @throws IllegalArgumentException when the 835 has no date, or a line has no line number
     */
    public static PriorPayerAdjudication from(Remittance remittance, ClaimPayment clp, List<Integer> lineNumbers) {
        LocalDate date = remittance.adjudicationDate();
        if (date == null) {
            throw new IllegalArgumentException("the 835 " + remittance.traceNumber()
                    + " has neither a payment date (BPR16) nor a production date (DTM*405)");
        }
        if (lineNumbers.size() != clp.lines().size()) {
            throw new IllegalArgumentException("claim " + clp.claimNumber() + " has " + clp.lines().size()
                    + " SVC lines but " + lineNumbers.size() + " line numbers");
        }
        boolean sharePerLine = !clp.lines().isEmpty() && patientShare(clp.adjustments()).isZero();
        List<Line> lines = new ArrayList<>(clp.lines().size());
        for (int i = 0; i < clp.lines().size(); i++) {
            ServicePayment svc = clp.lines().get(i);
            Integer number = lineNumbers.get(i);
            if (number == null) {
                throw new IllegalArgumentException("claim " + clp.claimNumber() + ": SVC " + (i + 1) + " ("
                        + svc.code() + ") matches none of the claim's lines");
            }
            lines.add(new Line(number, svc.code(), svc.modifiers(), svc.units(), svc.paidAmount(), svc.adjustments(),
                    sharePerLine ? patientShare(svc.adjustments()) : null));
        }
        String control = clp.payerClaimControlNumber() == null || clp.payerClaimControlNumber().isBlank()
                ? null : clp.payerClaimControlNumber().strip();
        return new PriorPayerAdjudication(control, date, clp.paidAmount(), clp.patientResponsibility(),
                clp.adjustments(), clp.remarkCodes(), lines);
    }

    private static Money patientShare(List<CasAdjustment> adjustments) {
        Money sum = Money.ZERO;
        for (CasAdjustment a : adjustments) {
            if ("PR".equals(a.groupCode())) {
                sum = sum.plus(a.amount());
            }
        }
        return sum;
    }
}
