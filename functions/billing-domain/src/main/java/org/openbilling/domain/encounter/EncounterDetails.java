package org.openbilling.domain.encounter;

import java.time.LocalDate;
import org.openbilling.domain.encounter.Parties.Accident;
import org.openbilling.domain.encounter.Parties.BillingProvider;
import org.openbilling.domain.encounter.Parties.Coverage;
import org.openbilling.domain.encounter.Parties.Facility;
import org.openbilling.domain.encounter.Parties.Person;
import org.openbilling.domain.encounter.Parties.Provider;

/** Who, where, when and under which coverage a visit took place; {@code coverage} null means self-pay. */
public record EncounterDetails(Person patient, Coverage coverage, Coverage secondaryCoverage,
                               BillingProvider billingProvider, Provider renderingProvider,
                               Provider referringProvider, Facility serviceFacility, String priorAuthorization,
                               Accident accident, Boolean assignmentOfBenefits, String releaseOfInformation,
                               Boolean signatureOnFile, LocalDate serviceDate, LocalDate serviceDateTo,
                               String placeOfService) {
}
