package org.openbilling.x12;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openbilling.domain.claim.Adjustment;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimLine;
import org.openbilling.domain.claim.PriorAdjudication;
import org.openbilling.domain.encounter.Parties.Coverage;
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

    @Test
    void writeThenRead_secondaryAndTertiaryClaims_giveBackEveryPriorPayersAmounts() {
        List<CoordinatedClaim> claims = List.of(ChainClaims.secondary("CLM3001", ChainClaims.primaryPaid()),
                ChainClaims.commercialSecondary("CLM3002", ChainClaims.primaryDenied()),
                ChainClaims.commercialSecondary("CLM3003", ChainClaims.primaryPartlyPaid()),
                ChainClaims.tertiary("CLM3004"));
        String x12 = writer.writeCoordinated(Claims.envelope(), ControlNumbers.of(5, 5, 5), claims, Claims.CREATED);

        List<Claim837> read = reader.read(x12);

        assertEquals(claims.size(), read.size());
        for (int i = 0; i < claims.size(); i++) {
            CoordinatedClaim sent = claims.get(i);
            Claim837 back = read.get(i);
            assertSame(sent.claim(), sent.coverage().coverage(), back);
            assertEquals(sent.destination(), back.payerSequence());
            assertEquals(sent.coverages().size() - 1, back.otherPayers().size());
            int other = 0;
            for (int place = 0; place < sent.coverages().size(); place++) {
                if (place == sent.destination().ordinal()) {
                    continue;
                }
                PayerCoverage coverage = sent.coverages().get(place);
                Claim837.OtherPayer o = back.otherPayers().get(other++);
                assertEquals(PayerSequence.at(place), o.sequence());
                assertEquals(coverage.coverage().filingIndicator(), o.filingIndicator());
                assertEquals(coverage.coverage().payerId(), o.payer().id());
                assertEquals(coverage.coverage().memberId(), o.subscriber().id());
                assertEquals(place == 0 || coverage.medicareSecondaryPayerType() == null ? ""
                        : coverage.medicareSecondaryPayerType(), o.insuranceType());
                if (place > sent.destination().ordinal()) {
                    assertEquals(null, o.paidAmount(), "a later payer has not adjudicated");
                    continue;
                }
                PriorAdjudication adj = sent.priorPayers().get(place);
                assertEquals(adj.paidAmount(), o.paidAmount());
                assertEquals(cas(adj.adjustments()), o.adjustments());
                assertEquals(adj.remarkCodes(), o.remarkCodes());
                assertEquals(adj.payerClaimControlNumber() == null ? "" : adj.payerClaimControlNumber(),
                        o.payerClaimControlNumber());
                boolean onLines = adj.lines().stream().anyMatch(l -> l.remainingPatientLiability() != null);
                assertEquals(onLines ? null : adj.remainingPatientLiability(), o.remainingPatientLiability());
                assertEquals(adj.lines().isEmpty() ? adj.adjudicationDate() : null, o.adjudicationDate());
                for (PriorAdjudication.Line l : adj.lines()) {
                    Claim837.LineAdjudication b = back.lines().get(l.lineNumber() - 1).adjudications().stream()
                            .filter(x -> x.payerId().equals(coverage.coverage().payerId())).findFirst().orElseThrow();
                    assertEquals(l.paidAmount(), b.paidAmount());
                    assertEquals(l.procedureCode(), b.code());
                    assertEquals(l.modifiers(), b.modifiers());
                    assertEquals(0, l.units().compareTo(b.units()));
                    assertEquals(cas(l.adjustments()), b.adjustments());
                    assertEquals(adj.adjudicationDate(), b.adjudicationDate());
                    assertEquals(l.remainingPatientLiability(), b.remainingPatientLiability());
                }
            }
            for (Claim837.Line line : back.lines()) {
                assertEquals(sent.priorPayers().stream().filter(p -> p.lines().stream()
                        .anyMatch(l -> l.lineNumber() == line.lineNumber())).count(), line.adjudications().size());
            }
        }
    }

    @Test
    void read_primaryClaim_hasPlacePAndItsSecondaryUnadjudicated() {
        Claim claim = Claims.aDependentVisitWithEverything("CLM0002");
        Claim837 back = reader.read(writer.write(Claims.envelope(), ControlNumbers.of(5, 5, 5), List.of(claim),
                Claims.CREATED)).get(0);

        assertEquals(PayerSequence.PRIMARY, back.payerSequence());
        assertEquals(1, back.otherPayers().size());
        Claim837.OtherPayer secondary = back.otherPayers().get(0);
        assertEquals(PayerSequence.SECONDARY, secondary.sequence());
        assertEquals("87726", secondary.payer().id());
        assertEquals("S55555", secondary.subscriber().id());
        assertEquals(null, secondary.paidAmount());
        assertTrue(back.lines().stream().allMatch(l -> l.adjudications().isEmpty()));
    }

    /** The adjustments as the reader gives CAS back: group, reason, amount, quantity. */
    private static List<Remittance.CasAdjustment> cas(List<Adjustment> adjustments) {
        return adjustments.stream().map(a -> new Remittance.CasAdjustment(a.groupCode(), a.reasonCode(), a.amount(),
                a.quantity())).toList();
    }

    private static void assertSame(Claim sent, Claim837 back) {
        assertSame(sent, sent.details().primaryCoverage(), back);
    }

    /** The claim read back as sent to the payer of {@code coverage}. */
    private static void assertSame(Claim sent, Coverage coverage, Claim837 back) {
        assertEquals(sent.totalCharge(), back.totalCharge());
        assertEquals(sent.frequency().code(), back.frequency());
        assertEquals("11", back.placeOfService());
        assertEquals(sent.diagnoses(), back.diagnoses());
        assertEquals(sent.details().billingProvider().npi().value(), back.billingProvider().id());
        assertEquals(sent.details().billingProvider().taxId().value(), back.billingProviderTaxId());
        assertEquals(sent.payer().payerId(), back.payer().id());
        assertEquals(coverage.memberId(), back.subscriber().id());
        Person subscriber = coverage.subscriber() != null ? coverage.subscriber() : sent.patient();
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
