package org.openbilling.domain.encounter;

import java.util.List;

/**
 * An encounter as a client sends it: raw strings, so that every malformed field becomes a named violation
 * instead of a decoding failure. {@link EncounterFactory} turns it into an {@link EncounterDetails}.
 */
public record EncounterInput(
        PersonInput patient,
        CoverageInput coverage,
        CoverageInput secondaryCoverage,
        BillingProviderInput billingProvider,
        ProviderInput renderingProvider,
        ProviderInput referringProvider,
        FacilityInput serviceFacility,
        String priorAuthorization,
        AccidentInput accident,
        Boolean assignmentOfBenefits,
        String releaseOfInformation,
        Boolean signatureOnFile,
        String serviceDate,
        String serviceDateTo,
        String placeOfService,
        List<String> diagnoses,
        List<ProcedureInput> procedures) {

    public record AddressInput(String line1, String line2, String city, String state, String postalCode) {
    }

    public record PersonInput(String id, String firstName, String lastName, String dateOfBirth, String sex,
                              AddressInput address) {
    }

    public record CoverageInput(String payerId, String payerName, String memberId, String groupNumber,
                                String filingIndicator, String relationship, PersonInput subscriber) {
    }

    public record BillingProviderInput(String npi, String taxId, String organizationName, String taxonomyCode,
                                       AddressInput address) {
    }

    public record ProviderInput(String npi, String firstName, String lastName, String taxonomyCode) {
    }

    public record FacilityInput(String npi, String name, AddressInput address) {
    }

    public record AccidentInput(String type, String state, String date) {
    }

    public record ProcedureInput(String code, String system, List<String> modifiers, Integer units, String charge,
                                 List<Integer> diagnosisPointers, String serviceDate, String serviceDateTo,
                                 String ndc) {
    }
}
