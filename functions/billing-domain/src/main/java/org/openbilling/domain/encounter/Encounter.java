package org.openbilling.domain.encounter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.openbilling.domain.claim.Warning;
import org.openbilling.domain.common.EncounterId;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.encounter.Parties.Accident;
import org.openbilling.domain.encounter.Parties.BillingProvider;
import org.openbilling.domain.encounter.Parties.Coverage;
import org.openbilling.domain.encounter.Parties.Facility;
import org.openbilling.domain.encounter.Parties.Person;
import org.openbilling.domain.encounter.Parties.Provider;

/**
 * A visit of one patient to one practice, with its coding. Flat on purpose: its wire form is the input plus
 * {@code id, status, createdAt, version, warnings}. {@code warnings} say how the 837P will write text that X12 cannot
 * carry as given ({@link EncounterText}, e.g. an accented name transliterated); they follow the details, so they are
 * worked out again whenever the details change, and an encounter stored before they existed reads as having none.
 */
public record Encounter(EncounterId id, PracticeId practiceId, EncounterStatus status,
                        Person patient, Coverage coverage, Coverage secondaryCoverage,
                        BillingProvider billingProvider, Provider renderingProvider, Provider referringProvider,
                        Facility serviceFacility, String priorAuthorization, Accident accident,
                        Boolean assignmentOfBenefits, String releaseOfInformation, Boolean signatureOnFile,
                        LocalDate serviceDate, LocalDate serviceDateTo, String placeOfService,
                        List<String> diagnoses, List<Procedure> procedures,
                        Instant createdAt, Instant updatedAt, long version, List<Warning> warnings) {

    public Encounter {
        diagnoses = List.copyOf(diagnoses);
        procedures = List.copyOf(procedures);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A new encounter, OPEN or CODED depending on its coding. */
    public static Encounter create(EncounterId id, PracticeId practice, EncounterDetails d, List<String> diagnoses,
                                   List<Procedure> procedures, Instant now) {
        return new Encounter(id, practice, statusFor(diagnoses, procedures), d.patient(), d.coverage(),
                d.secondaryCoverage(), d.billingProvider(), d.renderingProvider(), d.referringProvider(),
                d.serviceFacility(), d.priorAuthorization(), d.accident(), d.assignmentOfBenefits(),
                d.releaseOfInformation(), d.signatureOnFile(), d.serviceDate(), d.serviceDateTo(),
                d.placeOfService(), diagnoses, procedures, now, now, 0, EncounterText.warnings(d));
    }

    public EncounterDetails details() {
        return new EncounterDetails(patient, coverage, secondaryCoverage, billingProvider, renderingProvider,
                referringProvider, serviceFacility, priorAuthorization, accident, assignmentOfBenefits,
                releaseOfInformation, signatureOnFile, serviceDate, serviceDateTo, placeOfService);
    }

    public boolean isSelfPay() {
        return coverage == null;
    }

    /** The same visit with new coding; a BILLED encounter keeps its status. */
    public Encounter recoded(List<String> newDiagnoses, List<Procedure> newProcedures, Instant now) {
        EncounterStatus next = status == EncounterStatus.BILLED ? status : statusFor(newDiagnoses, newProcedures);
        return new Encounter(id, practiceId, next, patient, coverage, secondaryCoverage, billingProvider,
                renderingProvider, referringProvider, serviceFacility, priorAuthorization, accident,
                assignmentOfBenefits, releaseOfInformation, signatureOnFile, serviceDate, serviceDateTo,
                placeOfService, newDiagnoses, newProcedures, createdAt, now, version, warnings);
    }

    /** The same visit with corrected details and coding (a claim correction); the status is kept. */
    public Encounter corrected(EncounterDetails d, List<String> newDiagnoses, List<Procedure> newProcedures, Instant now) {
        return new Encounter(id, practiceId, status, d.patient(), d.coverage(), d.secondaryCoverage(),
                d.billingProvider(), d.renderingProvider(), d.referringProvider(), d.serviceFacility(),
                d.priorAuthorization(), d.accident(), d.assignmentOfBenefits(), d.releaseOfInformation(),
                d.signatureOnFile(), d.serviceDate(), d.serviceDateTo(), d.placeOfService(), newDiagnoses,
                newProcedures, createdAt, now, version, EncounterText.warnings(d));
    }

    public Encounter withStatus(EncounterStatus next, Instant now) {
        return new Encounter(id, practiceId, next, patient, coverage, secondaryCoverage, billingProvider,
                renderingProvider, referringProvider, serviceFacility, priorAuthorization, accident,
                assignmentOfBenefits, releaseOfInformation, signatureOnFile, serviceDate, serviceDateTo,
                placeOfService, diagnoses, procedures, createdAt, now, version, warnings);
    }

    /** The encounter once its claim was voided: CODED again (OPEN without coding), so it can be recoded and billed anew. */
    public Encounter unbilled(Instant now) {
        return withStatus(statusFor(diagnoses, procedures), now);
    }

    public Encounter withVersion(long newVersion) {
        return new Encounter(id, practiceId, status, patient, coverage, secondaryCoverage, billingProvider,
                renderingProvider, referringProvider, serviceFacility, priorAuthorization, accident,
                assignmentOfBenefits, releaseOfInformation, signatureOnFile, serviceDate, serviceDateTo,
                placeOfService, diagnoses, procedures, createdAt, updatedAt, newVersion, warnings);
    }

    private static EncounterStatus statusFor(List<String> diagnoses, List<Procedure> procedures) {
        return !diagnoses.isEmpty() && !procedures.isEmpty() ? EncounterStatus.CODED : EncounterStatus.OPEN;
    }
}
