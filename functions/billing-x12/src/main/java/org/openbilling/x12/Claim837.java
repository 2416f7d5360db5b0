package org.openbilling.x12;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.openbilling.domain.common.Money;

/**
 * One claim (2300) as read back from an 837P, with the parties of its hierarchy: billing provider (2010AA),
 * subscriber (2010BA), payer (2010BB), patient (2010CA, or the subscriber) and the claim's own providers; the
 * payer's place (2000B SBR01, null beyond tertiary) and the other payers of 2320/2330 with what they decided.
 */
public record Claim837(String claimNumber, Money totalCharge, String placeOfService, String frequency,
                       String payerClaimControlNumber, String priorAuthorization, List<String> diagnoses,
                       List<Line> lines, Party billingProvider, String billingProviderTaxId, Party subscriber,
                       Party payer, Party patient, String patientRelationship, Party renderingProvider,
                       Party referringProvider, PayerSequence payerSequence, List<OtherPayer> otherPayers) {

    public Claim837 {
        diagnoses = List.copyOf(diagnoses);
        lines = List.copyOf(lines);
        otherPayers = List.copyOf(otherPayers);
    }

    /**
     * Another payer of the claim (2320 with 2330A/B): its place (SBR01), filing indicator (SBR09), SBR05, its
     * subscriber and itself, and when it adjudicated the claim: its claim control number (REF*F8), date (2330B
     * DTP*573), paid amount (AMT*D), the claim-level remaining patient liability (AMT*EAF), claim adjustments (CAS)
     * and remark codes (MOA); amounts and dates are null when the 837P does not carry them.
     */
    public record OtherPayer(PayerSequence sequence, String filingIndicator, String insuranceType, Party subscriber,
                             Party payer, String payerClaimControlNumber, LocalDate adjudicationDate,
                             Money paidAmount, Money remainingPatientLiability,
                             List<Remittance.CasAdjustment> adjustments, List<String> remarkCodes) {
        public OtherPayer {
            adjustments = List.copyOf(adjustments);
            remarkCodes = List.copyOf(remarkCodes);
        }
    }

    /** A line as another payer adjudicated it (2430): the payer's id (SVD01), paid amount, procedure, units, CAS. */
    public record LineAdjudication(String payerId, Money paidAmount, String code, List<String> modifiers,
                                   BigDecimal units, List<Remittance.CasAdjustment> adjustments,
                                   LocalDate adjudicationDate, Money remainingPatientLiability) {
        public LineAdjudication {
            modifiers = List.copyOf(modifiers);
            adjustments = List.copyOf(adjustments);
        }
    }

    /** A name (last or organisation, first) and the id that came with it (NPI, member id, payer id). */
    public record Party(String lastName, String firstName, String id) {
    }

    /**
     * One service line (2400): procedure, modifiers, units, charge, 1-based diagnosis pointers, dates, NDC, and
     * the other payers' adjudications of it (2430).
     */
    public record Line(int lineNumber, String code, List<String> modifiers, BigDecimal units, Money charge,
                       List<Integer> diagnosisPointers, LocalDate serviceDate, LocalDate serviceDateTo, String ndc,
                       List<LineAdjudication> adjudications) {
        public Line {
            modifiers = List.copyOf(modifiers);
            diagnosisPointers = List.copyOf(diagnosisPointers);
            adjudications = List.copyOf(adjudications);
        }
    }
}
