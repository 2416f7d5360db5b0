package org.openbilling.gateway.types;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.openbilling.contract.Requests;

/**
 * The GraphQL input types of CONTRACT.md. Their field names are the REST contract's, so they are sent to the
 * functions as they are; the functions own every rule (a bad value comes back with its rule id and field).
 */
public final class Inputs {
    private Inputs() {
    }

    @Input("AddressInput")
    public record AddressInput(String line1, String line2, String city, String state, String postalCode) {
    }

    @Input("PersonInput")
    public record PersonInput(String id, String firstName, String lastName, LocalDate dateOfBirth, String sex,
                              AddressInput address) {
    }

    @Input("CoverageInput")
    public record CoverageInput(String payerId, String payerName, String memberId, String groupNumber,
                                String filingIndicator, String relationship, PersonInput subscriber,
                                @Description("SBR05, on a Medicare coverage (MA, MB) that is not primary: why Medicare"
                                        + " pays after another payer, as its code (12, 13, 14, 15, 16, 41, 42, 43, 47)")
                                String medicareSecondaryType) {
    }

    @Input("BillingProviderInput")
    public record BillingProviderInput(String npi, String taxId, String organizationName, String taxonomyCode,
                                       AddressInput address) {
    }

    @Input("ProviderInput")
    public record ProviderInput(String npi, String firstName, String lastName, String taxonomyCode) {
    }

    @Input("FacilityInput")
    public record FacilityInput(String npi, String name, AddressInput address) {
    }

    @Input("AccidentInput")
    public record AccidentInput(String type, String state, LocalDate date) {
    }

    @Input("ProcedureInput")
    public record ProcedureInput(@NonNull String code, String system, List<String> modifiers, Integer units,
                                 @NonNull BigDecimal charge, List<Integer> diagnosisPointers, LocalDate serviceDate,
                                 LocalDate serviceDateTo, String ndc) {
    }

    @Input("EncounterInput")
    public record EncounterInput(PersonInput patient,
                                 @Deprecated @Description("Deprecated: send coverages; accepted until the next release")
                                 CoverageInput coverage,
                                 @Deprecated @Description("Deprecated: send coverages; accepted until the next release")
                                 CoverageInput secondaryCoverage,
                                 BillingProviderInput billingProvider, ProviderInput renderingProvider,
                                 ProviderInput referringProvider, FacilityInput serviceFacility,
                                 String priorAuthorization, AccidentInput accident, Boolean assignmentOfBenefits,
                                 String releaseOfInformation, Boolean signatureOnFile, LocalDate serviceDate,
                                 LocalDate serviceDateTo, String placeOfService, List<String> diagnoses,
                                 List<ProcedureInput> procedures,
                                 @Description("The coverages in payment order (primary, secondary, tertiary; at most"
                                         + " three); empty or absent for self-pay. Not together with coverage and"
                                         + " secondaryCoverage") List<CoverageInput> coverages) {
    }

    @Input("AdjudicationInput")
    @org.eclipse.microprofile.graphql.Description("A payer's verdict entered by hand (a paper EOB): posted like an 835's "
            + "claim payment. It must balance: the claim's total charge = paidAmount + every adjustment.")
    public record AdjudicationInput(@NonNull BigDecimal paidAmount, BigDecimal patientResponsibility,
                                    String payerClaimControlNumber, List<AdjustmentInput> adjustments,
                                    List<LinePaymentInput> lines, List<String> remarks) {
        /** The REST body's adjudication: amounts as plain decimal strings (never {@code 1E+2}). */
        public Requests.Adjudication toRequest() {
            return new Requests.Adjudication(plain(paidAmount), plain(patientResponsibility), payerClaimControlNumber,
                    adjustments == null ? null : adjustments.stream().map(a -> new Requests.AdjustmentLine(
                            a.groupCode(), a.reasonCode(), plain(a.amount()),
                            a.lineNumber() == null ? null : a.lineNumber().longValue())).toList(),
                    lines == null ? null : lines.stream().map(l -> new Requests.LinePayment(
                            l.lineNumber() == null ? null : l.lineNumber().longValue(), plain(l.paidAmount()))).toList(),
                    remarks);
        }

        private static String plain(BigDecimal amount) {
            return amount == null ? null : amount.toPlainString();
        }
    }

    @Input("AdjustmentInput")
    public record AdjustmentInput(@NonNull String groupCode, @NonNull String reasonCode, @NonNull BigDecimal amount,
                                  Integer lineNumber) {
    }

    @Input("LinePaymentInput")
    public record LinePaymentInput(@NonNull Integer lineNumber, @NonNull BigDecimal paidAmount) {
    }
}
