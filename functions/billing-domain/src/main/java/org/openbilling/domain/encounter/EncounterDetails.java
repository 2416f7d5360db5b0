package org.openbilling.domain.encounter;

import java.time.LocalDate;
import java.util.List;
import org.openbilling.domain.encounter.Parties.Accident;
import org.openbilling.domain.encounter.Parties.BillingProvider;
import org.openbilling.domain.encounter.Parties.Coverage;
import org.openbilling.domain.encounter.Parties.Facility;
import org.openbilling.domain.encounter.Parties.Person;
import org.openbilling.domain.encounter.Parties.Provider;

/**
 * Who, where, when and under which coverages a visit took place. {@code coverages} is in payment order (primary,
 * secondary, tertiary: {@link CoveragePosition}), at most three; empty means self-pay.
 */
public record EncounterDetails(Person patient, List<Coverage> coverages, BillingProvider billingProvider,
                               Provider renderingProvider, Provider referringProvider, Facility serviceFacility,
                               String priorAuthorization, Accident accident, Boolean assignmentOfBenefits,
                               String releaseOfInformation, Boolean signatureOnFile, LocalDate serviceDate,
                               LocalDate serviceDateTo, String placeOfService) {
    public EncounterDetails {
        coverages = coverages == null ? List.of() : List.copyOf(coverages);
        if (coverages.size() > CoveragePosition.MAX) {
            throw new IllegalArgumentException("at most " + CoveragePosition.MAX + " coverages");
        }
    }

    /** The coverage that pays first, or null for a self-pay visit. */
    public Coverage primaryCoverage() {
        return coverages.isEmpty() ? null : coverages.get(0);
    }

    /** The coverage at {@code position}, or null when the visit has none there. */
    public Coverage coverage(CoveragePosition position) {
        return position.ordinal() < coverages.size() ? coverages.get(position.ordinal()) : null;
    }

    /** The same visit with other coverages (in payment order). */
    public EncounterDetails withCoverages(List<Coverage> newCoverages) {
        return new EncounterDetails(patient, newCoverages, billingProvider, renderingProvider, referringProvider,
                serviceFacility, priorAuthorization, accident, assignmentOfBenefits, releaseOfInformation,
                signatureOnFile, serviceDate, serviceDateTo, placeOfService);
    }

    /** The same visit of another patient record (a corrected name, a new address). */
    public EncounterDetails withPatient(Person newPatient) {
        return new EncounterDetails(newPatient, coverages, billingProvider, renderingProvider, referringProvider,
                serviceFacility, priorAuthorization, accident, assignmentOfBenefits, releaseOfInformation,
                signatureOnFile, serviceDate, serviceDateTo, placeOfService);
    }

    /** The same visit on another date of service (fixtures that age claims). */
    public EncounterDetails withServiceDate(LocalDate date) {
        return new EncounterDetails(patient, coverages, billingProvider, renderingProvider, referringProvider,
                serviceFacility, priorAuthorization, accident, assignmentOfBenefits, releaseOfInformation,
                signatureOnFile, date, serviceDateTo, placeOfService);
    }
}
