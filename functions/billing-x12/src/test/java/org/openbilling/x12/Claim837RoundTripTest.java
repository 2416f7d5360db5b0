package org.openbilling.x12;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimLine;
import org.openbilling.domain.encounter.Parties.Person;

class Claim837RoundTripTest {
    private final Claim837Writer writer = new Claim837Writer();
    private final Claim837Reader reader = new Claim837Reader();

    @Test
    void writeThenRead_batchOfClaims_roundTripsClaimData() {
        List<Claim> claims = List.of(Claims.anOfficeVisit("CLM0001"), Claims.aDependentVisitWithEverything("CLM0002"),
                Claims.anOfficeVisit("CLM0003"));
        String x12 = writer.write(Claims.envelope(), ControlNumbers.of(5, 5, 5), claims, Claims.CREATED);

        List<Claim837> read = reader.read(x12);

        assertEquals(claims.size(), read.size());
        for (Claim837 back : read) {
            Claim sent = claims.stream().filter(c -> c.claimNumber().value().equals(back.claimNumber()))
                    .findFirst().orElseThrow();
            assertSame(sent, back);
        }
    }

    @Test
    void writeThenRead_customDelimitersAndLineBreaks_roundTrip() {
        Claim claim = Claims.aDependentVisitWithEverything("CLM0002");
        String x12 = writer.write(Claims.envelope(), ControlNumbers.of(5, 5, 5), List.of(claim), Claims.CREATED);
        String reformatted = x12.replace("~", "~\r\n");

        assertSame(claim, reader.read(reformatted).get(0));
    }

    private static void assertSame(Claim sent, Claim837 back) {
        assertEquals(sent.totalCharge(), back.totalCharge());
        assertEquals(sent.frequency().code(), back.frequency());
        assertEquals("11", back.placeOfService());
        assertEquals(sent.diagnoses(), back.diagnoses());
        assertEquals(sent.details().billingProvider().npi().value(), back.billingProvider().id());
        assertEquals(sent.details().billingProvider().taxId().value(), back.billingProviderTaxId());
        assertEquals(sent.payer().payerId(), back.payer().id());
        assertEquals(sent.details().primaryCoverage().memberId(), back.subscriber().id());
        Person subscriber = sent.details().primaryCoverage().subscriber() != null
                ? sent.details().primaryCoverage().subscriber() : sent.patient();
        assertEquals(subscriber.lastName().toUpperCase(), back.subscriber().lastName());
        assertEquals(subscriber.firstName().toUpperCase(), back.subscriber().firstName());
        assertEquals(sent.patient().lastName().toUpperCase(), back.patient().lastName());
        assertEquals(sent.patient().firstName().toUpperCase(), back.patient().firstName());
        if (sent.details().renderingProvider() != null) {
            assertEquals(sent.details().renderingProvider().npi().value(), back.renderingProvider().id());
            assertEquals(sent.details().referringProvider().npi().value(), back.referringProvider().id());
            assertEquals(sent.details().priorAuthorization(), back.priorAuthorization());
            assertEquals("19", back.patientRelationship());
        } else {
            assertEquals("18", back.patientRelationship());
        }
        assertEquals(sent.lines().size(), back.lines().size());
        for (int i = 0; i < sent.lines().size(); i++) {
            ClaimLine l = sent.lines().get(i);
            Claim837.Line b = back.lines().get(i);
            assertEquals(l.lineNumber(), b.lineNumber());
            assertEquals(l.code(), b.code());
            assertEquals(l.modifiers(), b.modifiers());
            assertEquals(0, BigDecimal.valueOf(l.units()).compareTo(b.units()));
            assertEquals(l.charge(), b.charge());
            assertEquals(l.diagnosisPointers(), b.diagnosisPointers());
            assertEquals(l.serviceDate(), b.serviceDate());
            assertEquals(l.serviceDateTo(), b.serviceDateTo());
            assertEquals(l.ndc() == null ? "" : l.ndc().replace("-", ""), b.ndc());
        }
    }
}
