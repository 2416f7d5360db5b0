package org.openbilling.domain.encounter;

import java.time.LocalDate;
import org.openbilling.domain.common.Npi;
import org.openbilling.domain.common.TaxId;
import org.openbilling.domain.common.TaxonomyCode;

/** The people and organisations on an encounter and its claim. */
public final class Parties {
    private Parties() {
    }

    public record Address(String line1, String line2, String city, String state, String postalCode) {
    }

    public enum Sex { F, M, U }

    public enum Relationship { SELF, SPOUSE, CHILD, OTHER }

    public enum AccidentType { AUTO, EMPLOYMENT, OTHER }

    /** A patient or a subscriber. */
    public record Person(String id, String firstName, String lastName, LocalDate dateOfBirth, Sex sex, Address address) {
    }

    /**
     * One insurance the patient holds for the visit. {@code filingIndicator} is the claim filing indicator (SBR09);
     * {@code medicareSecondaryType} (SBR05) says why Medicare pays after another payer, on a Medicare coverage that
     * is not primary only. Its position (primary, secondary, tertiary) is its place in
     * {@link EncounterDetails#coverages()}.
     */
    public record Coverage(String payerId, String payerName, String memberId, String groupNumber,
                           String filingIndicator, Relationship relationship, Person subscriber,
                           MedicareSecondaryType medicareSecondaryType) {
        /** A coverage without a Medicare secondary payer type. */
        public Coverage(String payerId, String payerName, String memberId, String groupNumber, String filingIndicator,
                        Relationship relationship, Person subscriber) {
            this(payerId, payerName, memberId, groupNumber, filingIndicator, relationship, subscriber, null);
        }
    }

    public record BillingProvider(Npi npi, TaxId taxId, String organizationName, TaxonomyCode taxonomyCode,
                                  Address address) {
    }

    public record Provider(Npi npi, String firstName, String lastName, TaxonomyCode taxonomyCode) {
    }

    public record Facility(Npi npi, String name, Address address) {
    }

    public record Accident(AccidentType type, String state, LocalDate date) {
    }
}
