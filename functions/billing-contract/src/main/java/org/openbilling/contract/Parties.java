package org.openbilling.contract;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The people and organisations on an encounter, a claim and an invoice, as answered. */
public final class Parties {
    private Parties() {
    }

    @Schema(name = "Address")
    public record Address(String line1, String line2, String city, String state, String postalCode) {
    }

    /** A patient or a subscriber; {@code sex} is F, M or U. */
    @Schema(name = "Person")
    public record Person(String id, String firstName, String lastName, LocalDate dateOfBirth,
                         @Schema(enumeration = {"F", "M", "U"}) String sex, Address address) {
    }

    /**
     * One insurance for the visit; its place in the encounter's {@code coverages} is its payment order (primary
     * first). {@code medicareSecondaryType} (SBR05) only on a Medicare coverage that is not primary: its X12 code, as
     * the GraphQL door shows it too (a request may send the code or the enum name, e.g. {@code WORKING_AGED}).
     */
    @Schema(name = "Coverage")
    public record Coverage(String payerId, String payerName, String memberId, String groupNumber,
                           String filingIndicator, @Schema(enumeration = {"SELF", "SPOUSE", "CHILD", "OTHER"}) String relationship,
                           Person subscriber,
                           @Schema(enumeration = {"12", "13", "14", "15", "16", "41", "42", "43", "47"},
                                   description = Coverages.MEDICARE_SECONDARY_TYPE) String medicareSecondaryType) {
    }

    @Schema(name = "BillingProvider")
    public record BillingProvider(String npi, String taxId, String organizationName, String taxonomyCode,
                                  Address address) {
    }

    @Schema(name = "Provider")
    public record Provider(String npi, String firstName, String lastName, String taxonomyCode) {
    }

    @Schema(name = "Facility")
    public record Facility(String npi, String name, Address address) {
    }

    @Schema(name = "Accident")
    public record Accident(@Schema(enumeration = {"AUTO", "EMPLOYMENT", "OTHER"}) String type, String state,
                           LocalDate date) {
    }

    /** A finding that does not block (e.g. how the 837P writes text X12 cannot carry as given). */
    @Schema(name = "Warning")
    public record Warning(String rule, String field, String message) {
    }
}
