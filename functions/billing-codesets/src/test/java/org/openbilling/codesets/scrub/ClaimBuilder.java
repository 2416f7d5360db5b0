package org.openbilling.codesets.scrub;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.openbilling.domain.encounter.Parties.Address;
import org.openbilling.domain.encounter.Parties.BillingProvider;
import org.openbilling.domain.encounter.Parties.Coverage;
import org.openbilling.domain.encounter.Parties.Person;
import org.openbilling.domain.encounter.Parties.Provider;
import org.openbilling.domain.encounter.Parties.Relationship;
import org.openbilling.domain.encounter.Parties.Sex;

/** Claims as ClaimFactory makes them from a coded encounter, built directly. All patient data is synthetic. */
final class ClaimBuilder {
    static final String BILLING_NPI = "1234567893";
    static final String RENDERING_NPI = "1245319599";

    private LocalDate serviceDate;
    private LocalDate serviceDateTo;
    private Person patient = new Person("P-1001", "Zelphira", "Quenneville", LocalDate.of(1961, 7, 23), Sex.F, null);
    private BillingProvider billing = new BillingProvider(new Npi(BILLING_NPI), new TaxId("123456789"), "Lakeside Family Practice",
            new TaxonomyCode("207Q00000X"), new Address("100 Main Street", null, "Springfield", "IL", "62701"));
    private Provider rendering = new Provider(new Npi(RENDERING_NPI), "Amara", "Okafor", new TaxonomyCode("207Q00000X"));
    private List<String> diagnoses = List.of("E11.9", "I10");
    private final List<Line> lines = new ArrayList<>();

    private ClaimBuilder(LocalDate serviceDate) {
        this.serviceDate = serviceDate;
    }

    /** An office visit for type 2 diabetes and hypertension: 99213, HbA1c 83036, metabolic panel 80053, venipuncture 36415. */
    static ClaimBuilder anOfficeVisitOn(LocalDate serviceDate) {
        return new ClaimBuilder(serviceDate).lines(line("99213").charge("125.00").pointers(1, 2), line("83036").charge("45.50"),
                line("80053").charge("38.00"), line("36415").charge("12.00"));
    }

    /** The same visit without service lines, to add one's own. */
    static ClaimBuilder aVisitOn(LocalDate serviceDate) {
        return new ClaimBuilder(serviceDate);
    }

    static Line line(String code) {
        return new Line(code);
    }

    ClaimBuilder diagnoses(String... codes) {
        diagnoses = Arrays.asList(codes);
        return this;
    }

    ClaimBuilder lines(Line... more) {
        lines.addAll(List.of(more));
        return this;
    }

    ClaimBuilder serviceDateTo(LocalDate to) {
        serviceDateTo = to;
        return this;
    }

    ClaimBuilder patient(LocalDate dateOfBirth, Sex sex) {
        patient = new Person("P-1002", "Orrin", "Vashti", dateOfBirth, sex, null);
        return this;
    }

    ClaimBuilder billingProvider(BillingProvider b) {
        billing = b;
        return this;
    }

    ClaimBuilder renderingProvider(Provider p) {
        rendering = p;
        return this;
    }

    Claim build() {
        List<ClaimLine> built = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            String system = Character.isLetter(l.code.charAt(0)) ? "HCPCS" : "CPT";
            built.add(new ClaimLine(i + 1, l.code, system, l.modifiers, l.units, l.charge == null ? null : Money.of(l.charge),
                    l.pointers, l.on != null ? l.on : serviceDate, l.to, l.ndc, null));
        }
        Coverage coverage = new Coverage("60054", "Aetna", "MBRX99821437", "GRP-552", "CI", Relationship.SELF, null);
        EncounterDetails details = new EncounterDetails(patient, List.of(coverage), billing, rendering, null, null, null, null, true, "Y",
                true, serviceDate, serviceDateTo, "11");
        return Claim.ready(ClaimId.newId(), new PracticeId("practice-1"), new ClaimNumber("TESTCLAIM0001"), EncounterId.newId(),
                BilledClaim.of(new Payer("60054", "Aetna"), details, diagnoses, built, List.of()), "test", Instant.EPOCH);
    }

    /** One service line; defaults: 1 unit, $100.00, pointer 1, the encounter's date. */
    static final class Line {
        private final String code;
        private List<String> modifiers = List.of();
        private int units = 1;
        private String charge = "100.00";
        private List<Integer> pointers = List.of(1);
        private LocalDate on;
        private LocalDate to;
        private String ndc;

        private Line(String code) {
            this.code = code;
        }

        Line modifiers(String... m) {
            modifiers = List.of(m);
            return this;
        }

        Line units(int u) {
            units = u;
            return this;
        }

        Line charge(String c) {
            charge = c;
            return this;
        }

        Line pointers(Integer... p) {
            pointers = Arrays.asList(p);
            return this;
        }

        Line on(LocalDate d) {
            on = d;
            return this;
        }

        Line to(LocalDate d) {
            to = d;
            return this;
        }

        Line ndc(String n) {
            ndc = n;
            return this;
        }
    }
}
