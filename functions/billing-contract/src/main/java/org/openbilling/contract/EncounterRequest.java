package org.openbilling.contract;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /encounters}: an encounter as a client sends it, every value as text so that a malformed
 * one comes back as a finding on its field (rule id and field) rather than a decoding failure. Dates are ISO-8601
 * ({@code 2026-03-02}), a charge is a decimal string ({@code "125.00"}). {@code coverages} lists the coverages in
 * payment order (primary first, at most three; empty or absent for self-pay); {@code coverage} and
 * {@code secondaryCoverage} are the deprecated names of the first two, accepted until the next release, never
 * together with {@code coverages}.
 */
@Schema(name = "EncounterInput")
public record EncounterRequest(Person patient,
                               @Deprecated Coverage coverage,
                               @Deprecated Coverage secondaryCoverage,
                               BillingProvider billingProvider, Provider renderingProvider,
                               Provider referringProvider, Facility serviceFacility, String priorAuthorization,
                               Accident accident, Boolean assignmentOfBenefits, String releaseOfInformation,
                               Boolean signatureOnFile, String serviceDate, String serviceDateTo,
                               String placeOfService, List<String> diagnoses, List<Procedure> procedures,
                               List<Coverage> coverages) {

    /** The body of {@code PUT /encounters/{id}/codes}: the new coding, guarded by the version it replaces. */
    @Schema(name = "CodingRequest")
    public record Coding(List<String> diagnoses, List<Procedure> procedures, Long expectedVersion) {
    }

    @Schema(name = "AddressInput")
    public record Address(String line1, String line2, String city, String state, String postalCode) {
    }

    @Schema(name = "PersonInput")
    public record Person(String id, String firstName, String lastName, String dateOfBirth, String sex,
                         Address address) {
    }

    @Schema(name = "CoverageInput")
    public record Coverage(String payerId, String payerName, String memberId, String groupNumber,
                           String filingIndicator, String relationship, Person subscriber,
                           @Schema(description = Coverages.MEDICARE_SECONDARY_TYPE) String medicareSecondaryType) {
    }

    @Schema(name = "BillingProviderInput")
    public record BillingProvider(String npi, String taxId, String organizationName, String taxonomyCode,
                                  Address address) {
    }

    @Schema(name = "ProviderInput")
    public record Provider(String npi, String firstName, String lastName, String taxonomyCode) {
    }

    @Schema(name = "FacilityInput")
    public record Facility(String npi, String name, Address address) {
    }

    @Schema(name = "AccidentInput")
    public record Accident(String type, String state, String date) {
    }

    @Schema(name = "ProcedureInput")
    public record Procedure(String code, String system, List<String> modifiers, Integer units, String charge,
                            List<Integer> diagnosisPointers, String serviceDate, String serviceDateTo, String ndc) {
    }
}
