package org.openbilling.x12;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.openbilling.domain.common.Money;

/**
 * One claim (2300) as read back from an 837P, with the parties of its hierarchy: billing provider (2010AA),
 * subscriber (2010BA), payer (2010BB), patient (2010CA, or the subscriber) and the claim's own providers.
 */
public record Claim837(String claimNumber, Money totalCharge, String placeOfService, String frequency,
                       String payerClaimControlNumber, String priorAuthorization, List<String> diagnoses,
                       List<Line> lines, Party billingProvider, String billingProviderTaxId, Party subscriber,
                       Party payer, Party patient, String patientRelationship, Party renderingProvider,
                       Party referringProvider) {

    public Claim837 {
        diagnoses = List.copyOf(diagnoses);
        lines = List.copyOf(lines);
    }

    /** A name (last or organisation, first) and the id that came with it (NPI, member id, payer id). */
    public record Party(String lastName, String firstName, String id) {
    }

    /** One service line (2400): procedure, modifiers, units, charge, 1-based diagnosis pointers, dates, NDC. */
    public record Line(int lineNumber, String code, List<String> modifiers, BigDecimal units, Money charge,
                       List<Integer> diagnosisPointers, LocalDate serviceDate, LocalDate serviceDateTo, String ndc) {
        public Line {
            modifiers = List.copyOf(modifiers);
            diagnosisPointers = List.copyOf(diagnosisPointers);
        }
    }
}
