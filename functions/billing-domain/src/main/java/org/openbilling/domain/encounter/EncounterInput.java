package org.openbilling.domain.encounter;

import java.util.List;

/**
 * An encounter as a client sends it: raw strings, so that every malformed field becomes a named violation
 * instead of a decoding failure. {@link EncounterFactory} turns it into an {@link EncounterDetails}.
 * {@code coverages} lists the coverages in payment order (primary first, at most three). {@code coverage} and
 * {@code secondaryCoverage} are the deprecated names of the first two, still accepted until the next release; a
 * request uses one way or the other, never both.
 */
public record EncounterInput(
        PersonInput patient,
        @Deprecated CoverageInput coverage,
        @Deprecated CoverageInput secondaryCoverage,
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
        List<ProcedureInput> procedures,
        List<CoverageInput> coverages) {

    /** An encounter sent with the deprecated {@code coverage} and {@code secondaryCoverage} only. */
    public EncounterInput(PersonInput patient, CoverageInput coverage, CoverageInput secondaryCoverage,
                          BillingProviderInput billingProvider, ProviderInput renderingProvider,
                          ProviderInput referringProvider, FacilityInput serviceFacility, String priorAuthorization,
                          AccidentInput accident, Boolean assignmentOfBenefits, String releaseOfInformation,
                          Boolean signatureOnFile, String serviceDate, String serviceDateTo, String placeOfService,
                          List<String> diagnoses, List<ProcedureInput> procedures) {
        this(patient, coverage, secondaryCoverage, billingProvider, renderingProvider, referringProvider,
                serviceFacility, priorAuthorization, accident, assignmentOfBenefits, releaseOfInformation,
                signatureOnFile, serviceDate, serviceDateTo, placeOfService, diagnoses, procedures, null);
    }

    /**
     * The coverages as sent, in payment order, each with the field name the client used for it ({@code coverages[1]},
     * or the deprecated {@code coverage}): findings name the field the person typed.
     */
    public List<Named<CoverageInput>> coveragesAsSent() {
        List<Named<CoverageInput>> out = new java.util.ArrayList<>(3);
        if (coverages != null) {
            for (int i = 0; i < coverages.size(); i++) {
                out.add(new Named<>("coverages[" + i + "]", coverages.get(i)));
            }
            return out;
        }
        if (coverage != null) {
            out.add(new Named<>("coverage", coverage));
        }
        if (secondaryCoverage != null) {
            out.add(new Named<>("secondaryCoverage", secondaryCoverage));
        }
        return out;
    }

    /** A part of the input with the field name it was sent under. */
    public record Named<T>(String field, T value) {
    }

    public record AddressInput(String line1, String line2, String city, String state, String postalCode) {
    }

    public record PersonInput(String id, String firstName, String lastName, String dateOfBirth, String sex,
                              AddressInput address) {
    }

    public record CoverageInput(String payerId, String payerName, String memberId, String groupNumber,
                                String filingIndicator, String relationship, PersonInput subscriber,
                                String medicareSecondaryType) {
        /** A coverage without a Medicare secondary payer type. */
        public CoverageInput(String payerId, String payerName, String memberId, String groupNumber,
                             String filingIndicator, String relationship, PersonInput subscriber) {
            this(payerId, payerName, memberId, groupNumber, filingIndicator, relationship, subscriber, null);
        }
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
