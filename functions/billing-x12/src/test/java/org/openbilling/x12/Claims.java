package org.openbilling.x12;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.openbilling.domain.claim.BilledClaim;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimLine;
import org.openbilling.domain.claim.Payer;
import org.openbilling.domain.common.ClaimId;
import org.openbilling.domain.common.ClaimNumber;
import org.openbilling.domain.common.EncounterId;
import org.openbilling.domain.common.Money;
import org.openbilling.domain.common.Npi;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.common.TaxId;
import org.openbilling.domain.common.TaxonomyCode;
import org.openbilling.domain.encounter.EncounterDetails;
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

/** Synthetic claims for the X12 tests: every name, id and address is made up. */
final class Claims {
    static final LocalDate DOS = LocalDate.of(2026, 3, 2);
    static final LocalDateTime CREATED = LocalDateTime.of(2026, 3, 5, 14, 30);
    static final Instant NOW = Instant.parse("2026-03-05T14:30:00Z");

    private Claims() {
    }

    static Npi npi(String nineDigits) {
        return new Npi(nineDigits + Npi.checkDigit(nineDigits));
    }

    static Envelope envelope() {
        return Envelope.of("SUBMIT01", "Sunny Clinic Billing", new Envelope.Contact("Ada Biller", "555-010-0100",
                "billing@example.test"), "CLEARHOUSE", "Example Clearinghouse", "T");
    }

    static Address address(String line1) {
        return new Address(line1, null, "Springfield", "IL", "62701");
    }

    static BillingProvider provider() {
        return new BillingProvider(npi("123456789"), new TaxId("12-3456789"), "Sunny Clinic", new TaxonomyCode("207Q00000X"),
                address("100 Main St"));
    }

    static Person patient() {
        return new Person("P1", "Jane", "Testpatient", LocalDate.of(1980, 1, 15), Sex.F, address("12 Elm St"));
    }

    static Coverage selfCoverage() {
        return new Coverage("60054", "Acme Health", "W123456789", "GRP001", "CI", Relationship.SELF, null);
    }

    static EncounterDetails details(Person patient, Coverage coverage) {
        return new EncounterDetails(patient, List.of(coverage), provider(), null, null, null, null, null, true, "Y",
                true, DOS, null, "11");
    }

    static ClaimLine line(int n, String code, List<String> modifiers, int units, String charge, List<Integer> pointers) {
        return new ClaimLine(n, code, "CPT", modifiers, units, Money.of(charge), pointers, DOS, null, null, null);
    }

    static Claim claim(String number, Person patient, EncounterDetails details, List<String> diagnoses,
                       List<ClaimLine> lines) {
        // the patient is held once, in the details
        assert patient.equals(details.patient());
        return Claim.ready(new ClaimId("c-" + number), new PracticeId("practice-1"), new ClaimNumber(number),
                new EncounterId("e-" + number), BilledClaim.of(new Payer(details.primaryCoverage().payerId(),
                        details.primaryCoverage().payerName()), details, diagnoses, lines, List.of()), "test", NOW);
    }

    /** An office visit with two lines for a patient who is the subscriber. */
    /** A batch for the writer and the readers' benchmarks: three in four plain office visits, one in four a dependent's
     * claim with every optional loop. */
    static List<Claim> aMixedBatch(int size) {
        List<Claim> batch = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            batch.add(i % 4 == 3 ? aDependentVisitWithEverything(String.format("CLMB%05d", i))
                    : anOfficeVisit(String.format("CLMA%05d", i)));
        }
        return batch;
    }

    static Claim anOfficeVisit(String number) {
        return claim(number, patient(), details(patient(), selfCoverage()), List.of("E11.9", "I10"),
                List.of(line(1, "99213", List.of("25"), 1, "125.00", List.of(1, 2)),
                        line(2, "81002", List.of(), 1, "15.50", List.of(1))));
    }

    /** A child's visit on a parent's coverage, with every optional part: referring, rendering, facility,
     *  accident, prior authorization, secondary payer, a date range and an NDC. */
    static Claim aDependentVisitWithEverything(String number) {
        Person parent = new Person("S1", "John", "Testparent", LocalDate.of(1975, 6, 1), Sex.M, address("12 Elm St"));
        Person child = new Person("P2", "Timmy", "Testparent", LocalDate.of(2015, 9, 9), Sex.M, address("12 Elm St"));
        Coverage coverage = new Coverage("60054", "Acme Health", "W987654321", "GRP002", "CI", Relationship.CHILD,
                parent);
        Coverage secondary = new Coverage("87726", "Second Mutual", "S55555", null, "CI", Relationship.CHILD, parent);
        EncounterDetails details = new EncounterDetails(child, List.of(coverage, secondary), provider(),
                new Provider(npi("198765432"), "Rita", "Renderdoc", new TaxonomyCode("208000000X")),
                new Provider(npi("176543210"), "Ray", "Referdoc", null),
                new Facility(npi("155555555"), "Sunny Clinic Annex", address("200 Side St")), "AUTH12345",
                new Accident(AccidentType.AUTO, "IL", LocalDate.of(2026, 2, 28)), true, "Y", true, DOS,
                DOS.plusDays(2), "11");
        List<ClaimLine> lines = new ArrayList<>();
        lines.add(line(1, "99214", List.of("25", "GT"), 1, "180.00", List.of(1, 2, 3, 4)));
        lines.add(new ClaimLine(2, "J1885", "HCPCS", List.of(), 2, Money.of("24.00"), List.of(2), DOS, DOS.plusDays(2),
                "00409-3795-01", null));
        lines.add(line(3, "97110", List.of("GP", "59", "76", "77"), 3, "90.00", List.of(3)));
        return claim(number, child, details, List.of("S93.401A", "V43.52XA", "E11.9", "Z79.4", "J45.909"), lines);
    }
}
