package org.openbilling.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.openbilling.contract.Parties.Accident;
import org.openbilling.contract.Parties.BillingProvider;
import org.openbilling.contract.Parties.Coverage;
import org.openbilling.contract.Parties.Facility;
import org.openbilling.contract.Parties.Person;
import org.openbilling.contract.Parties.Provider;
import org.openbilling.contract.Parties.Warning;

/**
 * An encounter as answered: what was sent, with its id, status, times, version and warnings. The coverages are
 * {@code coverages} in payment order (primary first); the deprecated input names {@code coverage} and
 * {@code secondaryCoverage} are not answered. {@code selfPay}: no coverage at all.
 */
@Schema(name = "Encounter")
public record EncounterAnswer(@Schema(required = true) String id, String practiceId,
                              @Schema(required = true, enumeration = {"OPEN", "CODED", "BILLED"}) String status,
                              Person patient, List<Coverage> coverages, BillingProvider billingProvider,
                              Provider renderingProvider, Provider referringProvider, Facility serviceFacility,
                              String priorAuthorization, Accident accident, Boolean assignmentOfBenefits,
                              String releaseOfInformation, Boolean signatureOnFile, LocalDate serviceDate,
                              LocalDate serviceDateTo, String placeOfService, List<String> diagnoses,
                              List<Procedure> procedures, Instant createdAt, Instant updatedAt, long version,
                              List<Warning> warnings, boolean selfPay) {

    /** One billed service; {@code diagnosisPointers} are 1-based into the encounter's diagnoses. */
    @Schema(name = "Procedure")
    public record Procedure(String code, @Schema(enumeration = {"CPT", "HCPCS"}) String system,
                            List<String> modifiers, int units,
                            @Schema(description = Amounts.MONEY, pattern = Amounts.MONEY_PATTERN, example = "125.00") String charge,
                            List<Integer> diagnosisPointers, LocalDate serviceDate, LocalDate serviceDateTo,
                            String ndc) {
    }
}
