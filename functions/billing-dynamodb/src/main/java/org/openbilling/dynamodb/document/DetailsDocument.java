package org.openbilling.dynamodb.document;

import java.time.LocalDate;
import java.util.List;
import org.openbilling.domain.common.Npi;
import org.openbilling.domain.common.TaxId;
import org.openbilling.domain.common.TaxonomyCode;
import org.openbilling.domain.encounter.EncounterDetails;
import org.openbilling.domain.encounter.MedicareSecondaryType;
import org.openbilling.domain.encounter.Parties.Accident;
import org.openbilling.domain.encounter.Parties.AccidentType;
import org.openbilling.domain.encounter.Parties.Address;
import org.openbilling.domain.encounter.Parties.BillingProvider;
import org.openbilling.domain.encounter.Parties.Coverage;
import org.openbilling.domain.encounter.Parties.Facility;
import org.openbilling.domain.encounter.Parties.Person;
import org.openbilling.domain.encounter.Parties.Provider;
import org.openbilling.domain.encounter.Parties.Relationship;
import org.openbilling.domain.encounter.Parties.Sex;

/**
 * The stored form of a visit's details, part of the encounter and the claim documents: plain strings for ids, codes
 * and enums, coverages in payment order. Mapped explicitly both ways, so that the domain's records may change apart
 * from what is stored.
 */
public record DetailsDocument(PersonDocument patient, List<CoverageDocument> coverages,
                              BillingProviderDocument billingProvider, ProviderDocument renderingProvider,
                              ProviderDocument referringProvider, FacilityDocument serviceFacility,
                              String priorAuthorization, AccidentDocument accident, Boolean assignmentOfBenefits,
                              String releaseOfInformation, Boolean signatureOnFile, LocalDate serviceDate,
                              LocalDate serviceDateTo, String placeOfService) {

    public static DetailsDocument of(EncounterDetails d) {
        return new DetailsDocument(PersonDocument.of(d.patient()),
                d.coverages().stream().map(CoverageDocument::of).toList(),
                BillingProviderDocument.of(d.billingProvider()), ProviderDocument.of(d.renderingProvider()),
                ProviderDocument.of(d.referringProvider()), FacilityDocument.of(d.serviceFacility()),
                d.priorAuthorization(), AccidentDocument.of(d.accident()), d.assignmentOfBenefits(),
                d.releaseOfInformation(), d.signatureOnFile(), d.serviceDate(), d.serviceDateTo(), d.placeOfService());
    }

    public EncounterDetails toDomain() {
        return new EncounterDetails(patient == null ? null : patient.toDomain(),
                coverages == null ? List.of() : coverages.stream().map(CoverageDocument::toDomain).toList(),
                billingProvider == null ? null : billingProvider.toDomain(),
                renderingProvider == null ? null : renderingProvider.toDomain(),
                referringProvider == null ? null : referringProvider.toDomain(),
                serviceFacility == null ? null : serviceFacility.toDomain(), priorAuthorization,
                accident == null ? null : accident.toDomain(), assignmentOfBenefits, releaseOfInformation,
                signatureOnFile, serviceDate, serviceDateTo, placeOfService);
    }

    public record AddressDocument(String line1, String line2, String city, String state, String postalCode) {
        static AddressDocument of(Address a) {
            return a == null ? null : new AddressDocument(a.line1(), a.line2(), a.city(), a.state(), a.postalCode());
        }

        Address toDomain() {
            return new Address(line1, line2, city, state, postalCode);
        }
    }

    /** A patient or a subscriber. */
    public record PersonDocument(String id, String firstName, String lastName, LocalDate dateOfBirth, String sex,
                                 AddressDocument address) {
        public static PersonDocument of(Person p) {
            return p == null ? null : new PersonDocument(p.id(), p.firstName(), p.lastName(), p.dateOfBirth(),
                    p.sex() == null ? null : p.sex().name(), AddressDocument.of(p.address()));
        }

        public Person toDomain() {
            return new Person(id, firstName, lastName, dateOfBirth, sex == null ? null : Sex.valueOf(sex),
                    address == null ? null : address.toDomain());
        }
    }

    /** {@code medicareSecondaryType} is the SBR05 code ("12"), which outlives the enum's names. */
    public record CoverageDocument(String payerId, String payerName, String memberId, String groupNumber,
                                   String filingIndicator, String relationship, PersonDocument subscriber,
                                   String medicareSecondaryType) {
        static CoverageDocument of(Coverage c) {
            return new CoverageDocument(c.payerId(), c.payerName(), c.memberId(), c.groupNumber(), c.filingIndicator(),
                    c.relationship() == null ? null : c.relationship().name(), PersonDocument.of(c.subscriber()),
                    c.medicareSecondaryType() == null ? null : c.medicareSecondaryType().code());
        }

        Coverage toDomain() {
            return new Coverage(payerId, payerName, memberId, groupNumber, filingIndicator,
                    relationship == null ? null : Relationship.valueOf(relationship),
                    subscriber == null ? null : subscriber.toDomain(),
                    medicareSecondaryType == null ? null : MedicareSecondaryType.parse(medicareSecondaryType));
        }
    }

    public record BillingProviderDocument(String npi, String taxId, String organizationName, String taxonomyCode,
                                          AddressDocument address) {
        static BillingProviderDocument of(BillingProvider b) {
            return b == null ? null : new BillingProviderDocument(value(b.npi()), value(b.taxId()),
                    b.organizationName(), value(b.taxonomyCode()), AddressDocument.of(b.address()));
        }

        BillingProvider toDomain() {
            return new BillingProvider(npi == null ? null : new Npi(npi), taxId == null ? null : new TaxId(taxId),
                    organizationName, taxonomyCode == null ? null : new TaxonomyCode(taxonomyCode),
                    address == null ? null : address.toDomain());
        }
    }

    public record ProviderDocument(String npi, String firstName, String lastName, String taxonomyCode) {
        static ProviderDocument of(Provider p) {
            return p == null ? null : new ProviderDocument(value(p.npi()), p.firstName(), p.lastName(),
                    value(p.taxonomyCode()));
        }

        Provider toDomain() {
            return new Provider(npi == null ? null : new Npi(npi), firstName, lastName,
                    taxonomyCode == null ? null : new TaxonomyCode(taxonomyCode));
        }
    }

    public record FacilityDocument(String npi, String name, AddressDocument address) {
        static FacilityDocument of(Facility f) {
            return f == null ? null : new FacilityDocument(value(f.npi()), f.name(), AddressDocument.of(f.address()));
        }

        Facility toDomain() {
            return new Facility(npi == null ? null : new Npi(npi), name, address == null ? null : address.toDomain());
        }
    }

    public record AccidentDocument(String type, String state, LocalDate date) {
        static AccidentDocument of(Accident a) {
            return a == null ? null : new AccidentDocument(a.type() == null ? null : a.type().name(), a.state(), a.date());
        }

        Accident toDomain() {
            return new Accident(type == null ? null : AccidentType.valueOf(type), state, date);
        }
    }

    static String value(org.openbilling.domain.common.StringValue v) {
        return v == null ? null : v.value();
    }
}
