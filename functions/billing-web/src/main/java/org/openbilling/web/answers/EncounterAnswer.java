package org.openbilling.web.answers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.openbilling.domain.claim.Warning;
import org.openbilling.domain.common.EncounterId;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.encounter.Coding;
import org.openbilling.domain.encounter.Encounter;
import org.openbilling.domain.encounter.EncounterDetails;
import org.openbilling.domain.encounter.EncounterStatus;
import org.openbilling.domain.encounter.Parties.Accident;
import org.openbilling.domain.encounter.Parties.BillingProvider;
import org.openbilling.domain.encounter.Parties.Coverage;
import org.openbilling.domain.encounter.Parties.Facility;
import org.openbilling.domain.encounter.Parties.Person;
import org.openbilling.domain.encounter.Parties.Provider;
import org.openbilling.domain.encounter.Procedure;

/**
 * An encounter as code-validation answers it: its input's fields plus {@code id, status, createdAt, version,
 * warnings}, with the coverages as {@code coverages} in payment order (primary first). The deprecated input names
 * {@code coverage} and {@code secondaryCoverage} are not answered. The gateway reads it back with {@link #toDomain()}.
 */
public record EncounterAnswer(EncounterId id, PracticeId practiceId, EncounterStatus status, Person patient,
                              List<Coverage> coverages, BillingProvider billingProvider, Provider renderingProvider,
                              Provider referringProvider, Facility serviceFacility, String priorAuthorization,
                              Accident accident, Boolean assignmentOfBenefits, String releaseOfInformation,
                              Boolean signatureOnFile, LocalDate serviceDate, LocalDate serviceDateTo,
                              String placeOfService, List<String> diagnoses, List<Procedure> procedures,
                              Instant createdAt, Instant updatedAt, long version, List<Warning> warnings,
                              boolean selfPay) {

    public static EncounterAnswer of(Encounter e) {
        EncounterDetails d = e.details();
        return new EncounterAnswer(e.id(), e.practiceId(), e.status(), d.patient(), d.coverages(), d.billingProvider(),
                d.renderingProvider(), d.referringProvider(), d.serviceFacility(), d.priorAuthorization(),
                d.accident(), d.assignmentOfBenefits(), d.releaseOfInformation(), d.signatureOnFile(),
                d.serviceDate(), d.serviceDateTo(), d.placeOfService(), e.diagnoses(), e.procedures(), e.createdAt(),
                e.updatedAt(), e.version(), e.warnings(), e.isSelfPay());
    }

    public Encounter toDomain() {
        return new Encounter(id, practiceId, status, new EncounterDetails(patient, coverages, billingProvider,
                renderingProvider, referringProvider, serviceFacility, priorAuthorization, accident,
                assignmentOfBenefits, releaseOfInformation, signatureOnFile, serviceDate, serviceDateTo,
                placeOfService), new Coding(diagnoses == null ? List.of() : diagnoses,
                procedures == null ? List.of() : procedures), createdAt, updatedAt, version, warnings);
    }
}
