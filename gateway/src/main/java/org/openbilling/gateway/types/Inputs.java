package org.openbilling.gateway.types;

import io.smallrye.graphql.api.Deprecated;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.openbilling.contract.Coverages;
import org.openbilling.contract.EncounterRequest;
import org.openbilling.contract.Requests;

/**
 * The GraphQL input types of CONTRACT.md. Their field names are the REST contract's; each becomes billing-contract's
 * request record ({@code toRequest}) with nothing checked on the way: the functions own every rule (a bad value comes
 * back with its rule id and field).
 */
public final class Inputs {
    private Inputs() {
    }

    @Input("AddressInput")
    public record AddressInput(String line1, String line2, String city, String state, String postalCode) {
        EncounterRequest.Address toRequest() {
            return new EncounterRequest.Address(line1, line2, city, state, postalCode);
        }
    }

    @Input("PersonInput")
    public record PersonInput(String id, String firstName, String lastName, LocalDate dateOfBirth, String sex,
                              AddressInput address) {
        EncounterRequest.Person toRequest() {
            return new EncounterRequest.Person(id, firstName, lastName, text(dateOfBirth), sex,
                    address == null ? null : address.toRequest());
        }
    }

    @Input("CoverageInput")
    public record CoverageInput(String payerId, String payerName, String memberId, String groupNumber,
                                String filingIndicator, String relationship, PersonInput subscriber,
                                @Description(Coverages.MEDICARE_SECONDARY_TYPE)
                                String medicareSecondaryType) {
        public EncounterRequest.Coverage toRequest() {
            return new EncounterRequest.Coverage(payerId, payerName, memberId, groupNumber, filingIndicator,
                    relationship, subscriber == null ? null : subscriber.toRequest(), medicareSecondaryType);
        }
    }

    @Input("BillingProviderInput")
    public record BillingProviderInput(String npi, String taxId, String organizationName, String taxonomyCode,
                                       AddressInput address) {
        EncounterRequest.BillingProvider toRequest() {
            return new EncounterRequest.BillingProvider(npi, taxId, organizationName, taxonomyCode,
                    address == null ? null : address.toRequest());
        }
    }

    @Input("ProviderInput")
    public record ProviderInput(String npi, String firstName, String lastName, String taxonomyCode) {
        EncounterRequest.Provider toRequest() {
            return new EncounterRequest.Provider(npi, firstName, lastName, taxonomyCode);
        }
    }

    @Input("FacilityInput")
    public record FacilityInput(String npi, String name, AddressInput address) {
        EncounterRequest.Facility toRequest() {
            return new EncounterRequest.Facility(npi, name, address == null ? null : address.toRequest());
        }
    }

    @Input("AccidentInput")
    public record AccidentInput(String type, String state, LocalDate date) {
        EncounterRequest.Accident toRequest() {
            return new EncounterRequest.Accident(type, state, text(date));
        }
    }

    @Input("ProcedureInput")
    public record ProcedureInput(@NonNull String code, String system, List<String> modifiers, Integer units,
                                 @NonNull BigDecimal charge, List<Integer> diagnosisPointers, LocalDate serviceDate,
                                 LocalDate serviceDateTo, String ndc) {
        /** The REST body's procedure: the charge as a plain decimal string (never {@code 1E+2}). */
        public EncounterRequest.Procedure toRequest() {
            return new EncounterRequest.Procedure(code, system, modifiers, units, plain(charge), diagnosisPointers,
                    text(serviceDate), text(serviceDateTo), ndc);
        }

        public static List<EncounterRequest.Procedure> toRequests(List<ProcedureInput> procedures) {
            return procedures == null ? null : procedures.stream().map(ProcedureInput::toRequest).toList();
        }
    }

    @Input("EncounterInput")
    public record EncounterInput(PersonInput patient,
                                 @Deprecated(reason = Views.COVERAGE_DEPRECATED)
                                 @Description("The primary coverage, as coverages[0]") CoverageInput coverage,
                                 @Deprecated(reason = Views.COVERAGE_DEPRECATED)
                                 @Description("The secondary coverage, as coverages[1]") CoverageInput secondaryCoverage,
                                 BillingProviderInput billingProvider, ProviderInput renderingProvider,
                                 ProviderInput referringProvider, FacilityInput serviceFacility,
                                 String priorAuthorization, AccidentInput accident, Boolean assignmentOfBenefits,
                                 String releaseOfInformation, Boolean signatureOnFile, LocalDate serviceDate,
                                 LocalDate serviceDateTo, String placeOfService, List<String> diagnoses,
                                 List<ProcedureInput> procedures,
                                 @Description("The coverages in payment order (primary, secondary, tertiary; at most"
                                         + " three); empty or absent for self-pay. Not together with coverage and"
                                         + " secondaryCoverage") List<CoverageInput> coverages) {
        /** The REST body of POST /encounters: the same fields, dates as ISO-8601 text. */
        @SuppressWarnings("deprecation") // coverage and secondaryCoverage are passed on until the next release
        public EncounterRequest toRequest() {
            return new EncounterRequest(patient == null ? null : patient.toRequest(),
                    coverage == null ? null : coverage.toRequest(),
                    secondaryCoverage == null ? null : secondaryCoverage.toRequest(),
                    billingProvider == null ? null : billingProvider.toRequest(),
                    renderingProvider == null ? null : renderingProvider.toRequest(),
                    referringProvider == null ? null : referringProvider.toRequest(),
                    serviceFacility == null ? null : serviceFacility.toRequest(), priorAuthorization,
                    accident == null ? null : accident.toRequest(), assignmentOfBenefits, releaseOfInformation,
                    signatureOnFile, text(serviceDate), text(serviceDateTo), placeOfService, diagnoses,
                    ProcedureInput.toRequests(procedures),
                    coverages == null ? null : coverages.stream().map(c -> c == null ? null : c.toRequest()).toList());
        }
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

    }

    private static String plain(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    @Input("AdjustmentInput")
    public record AdjustmentInput(@NonNull String groupCode, @NonNull String reasonCode, @NonNull BigDecimal amount,
                                  Integer lineNumber) {
    }

    @Input("LinePaymentInput")
    public record LinePaymentInput(@NonNull Integer lineNumber, @NonNull BigDecimal paidAmount) {
    }
}
