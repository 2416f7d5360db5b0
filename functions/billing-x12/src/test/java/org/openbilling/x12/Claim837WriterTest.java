package org.openbilling.x12;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimFrequency;
import org.openbilling.domain.claim.ClaimLine;
import org.openbilling.domain.claim.PayerClaimControlNumber;
import org.openbilling.domain.common.Money;
import org.openbilling.domain.encounter.MedicareSecondaryType;
import org.openbilling.domain.encounter.Parties.Coverage;
import org.openbilling.domain.encounter.Parties.Relationship;

class Claim837WriterTest {
    private final Claim837Writer writer = new Claim837Writer();

    private List<String> segments(List<Claim> claims) {
        String x12 = writer.write(Claims.envelope(), ControlNumbers.of(42, 7, 1), claims, Claims.CREATED);
        assertTrue(x12.endsWith("~"));
        return Arrays.asList(x12.split("~"));
    }

    @Test
    void write_officeVisit_producesExpectedInterchange() {
        List<String> s = segments(List.of(Claims.anOfficeVisit("CLM0001")));

        assertEquals(List.of(
                "ISA*00*          *00*          *ZZ*SUBMIT01       *ZZ*CLEARHOUSE     *260305*1430*^*00501*000000042*0*T*:",
                "GS*HC*SUBMIT01*CLEARHOUSE*20260305*1430*7*X*005010X222A1",
                "ST*837*0001*005010X222A1",
                "BHT*0019*00*7-0001*20260305*1430*CH",
                "NM1*41*2*SUNNY CLINIC BILLING*****46*SUBMIT01",
                "PER*IC*ADA BILLER*TE*5550100100*EM*billing@example.test",
                "NM1*40*2*EXAMPLE CLEARINGHOUSE*****46*CLEARHOUSE",
                "HL*1**20*1",
                "PRV*BI*PXC*207Q00000X",
                "NM1*85*2*SUNNY CLINIC*****XX*1234567893",
                "N3*100 MAIN ST",
                "N4*SPRINGFIELD*IL*62701",
                "REF*EI*123456789",
                "HL*2*1*22*0",
                "SBR*P*18*GRP001******CI",
                "NM1*IL*1*TESTPATIENT*JANE****MI*W123456789",
                "N3*12 ELM ST",
                "N4*SPRINGFIELD*IL*62701",
                "DMG*D8*19800115*F",
                "NM1*PR*2*ACME HEALTH*****PI*60054",
                "CLM*CLM0001*140.5***11:B:1*Y*A*Y*Y",
                "HI*ABK:E119*ABF:I10",
                "LX*1",
                "SV1*HC:99213:25*125*UN*1***1:2",
                "DTP*472*D8*20260302",
                "LX*2",
                "SV1*HC:81002*15.5*UN*1***1",
                "DTP*472*D8*20260302",
                "SE*27*0001",
                "GE*1*7",
                "IEA*1*000000042"), s);
        assertEquals(106, String.join("~", s).indexOf("GS*"));
    }

    @Test
    void write_dependentWithEverything_writesPatientLoopAndOptionalSegments() {
        List<String> s = segments(List.of(Claims.aDependentVisitWithEverything("CLM0002")));

        assertTrue(s.contains("HL*2*1*22*1"), "subscriber HL has a child");
        assertTrue(s.contains("SBR*P**GRP002******CI"), "no relationship 18 when the patient is not the subscriber");
        assertTrue(s.contains("NM1*IL*1*TESTPARENT*JOHN****MI*W987654321"));
        assertTrue(s.contains("HL*3*2*23*0"));
        assertTrue(s.contains("PAT*19"));
        assertTrue(s.contains("NM1*QC*1*TESTPARENT*TIMMY"));
        assertTrue(s.contains("CLM*CLM0002*294***11:B:1*Y*A*Y*Y**AA:::IL"));
        assertTrue(s.contains("DTP*439*D8*20260228"));
        assertTrue(s.contains("REF*G1*AUTH12345"));
        assertTrue(s.contains("HI*ABK:S93401A*ABF:V4352XA*ABF:E119*ABF:Z794*ABF:J45909"));
        assertTrue(s.contains("NM1*DN*1*REFERDOC*RAY****XX*1765432103"));
        assertTrue(s.contains("NM1*82*1*RENDERDOC*RITA****XX*1987654328"));
        assertTrue(s.contains("PRV*PE*PXC*208000000X"));
        assertTrue(s.contains("NM1*77*2*SUNNY CLINIC ANNEX*****XX*1555555550"));
        assertTrue(s.contains("SBR*S*19*******CI"));
        assertTrue(s.contains("OI***Y*P**Y"));
        assertTrue(s.contains("NM1*PR*2*SECOND MUTUAL*****PI*87726"));
        assertTrue(s.contains("SV1*HC:99214:25:GT*180*UN*1***1:2:3:4"));
        assertTrue(s.contains("DTP*472*RD8*20260302-20260304"));
        assertTrue(s.contains("LIN**N4*00409379501"));
        assertTrue(s.contains("CTP****2*UN"));
        assertTrue(s.contains("SV1*HC:97110:GP:59:76:77*90*UN*3***3"));
    }

    @Test
    void write_claimWithThreeCoverages_writesAnOtherSubscriberLoopPerCoverageButThePrimary_inPaymentOrder() {
        Claim base = Claims.anOfficeVisit("CLM0012");
        Coverage primary = base.details().primaryCoverage();
        Coverage medicare = new Coverage("MCR01", "Medicare Part B", "1EG4TE5MK73", null, "MB", Relationship.SELF,
                null, MedicareSecondaryType.WORKING_AGED);
        Coverage tertiary = new Coverage("87726", "Third Mutual", "T777", "GRP9", "CI", Relationship.SELF, null);
        Claim c = base.withBilled(base.billed().withDetails(base.details()
                .withCoverages(List.of(primary, medicare, tertiary))));

        List<String> s = segments(List.of(c));

        assertTrue(s.contains("SBR*P*18*GRP001******CI"), "the billed payer stays the 2000B: " + s);
        assertTrue(s.contains("SBR*S*18***12****MB"), "SBR05 names why Medicare pays second");
        assertTrue(s.contains("NM1*PR*2*MEDICARE PART B*****PI*MCR01"));
        assertTrue(s.contains("SBR*T*18*GRP9******CI"));
        assertTrue(s.contains("NM1*PR*2*THIRD MUTUAL*****PI*87726"));
        assertTrue(s.indexOf("SBR*S*18***12****MB") < s.indexOf("SBR*T*18*GRP9******CI"));
        assertEquals(3, s.stream().filter(x -> x.startsWith("SBR*")).count());
    }

    @Test
    void write_claimsOfSameProviderAndSubscriber_shareTheirLoops() {
        List<String> s = segments(List.of(Claims.anOfficeVisit("CLM0001"), Claims.anOfficeVisit("CLM0003"),
                Claims.aDependentVisitWithEverything("CLM0002")));

        assertEquals(1, s.stream().filter(x -> x.startsWith("HL*") && x.endsWith("*20*1")).count());
        assertEquals(2, s.stream().filter(x -> x.startsWith("HL*") && x.contains("*22*")).count());
        assertEquals(3, s.stream().filter(x -> x.startsWith("CLM*")).count());
        int se = Integer.parseInt(s.get(s.size() - 3).split("\\*")[1]);
        assertEquals(s.size() - 4, se, "SE01 counts ST through SE");
    }

    @Test
    void write_replacementClaim_writesF8AndFrequency7() {
        Claim original = Claims.anOfficeVisit("CLM0004");
        Claim replacement = original.withLinks(original.links().withFrequency(ClaimFrequency.REPLACEMENT)
                .withPayerClaimControlNumber(new PayerClaimControlNumber("26030912345")));

        List<String> s = segments(List.of(replacement));

        assertTrue(s.contains("CLM*CLM0004*140.5***11:B:7*Y*A*Y*Y"));
        assertTrue(s.contains("REF*F8*26030912345"));
    }

    @Test
    void write_replacementWithoutPayerControlNumber_isRejected() {
        Claim original = Claims.anOfficeVisit("CLM0005");
        Claim replacement = original.withLinks(original.links().withFrequency(ClaimFrequency.REPLACEMENT)
                .withPayerClaimControlNumber(null));

        X12ValidationException e = assertThrows(X12ValidationException.class,
                () -> writer.write(Claims.envelope(), ControlNumbers.of(1, 1, 1), List.of(replacement)));
        assertTrue(e.getMessage().contains("REF*F8"), e.getMessage());
    }

    @Test
    void write_claimWithoutDiagnoses_isCaughtBySchema() {
        Claim c = Claims.claim("CLM0006", Claims.patient(), Claims.details(Claims.patient(), Claims.selfCoverage()),
                List.of(), List.of(Claims.line(1, "99213", List.of(), 1, "125.00", List.of(1))));

        X12ValidationException e = assertThrows(X12ValidationException.class,
                () -> writer.write(Claims.envelope(), ControlNumbers.of(1, 1, 1), List.of(c)));
        assertFalse(e.issues().isEmpty());
        assertTrue(e.getMessage().contains("HI") || e.issues().stream().anyMatch(i -> i.error().contains("MISSING")
                || i.error().contains("BELOW_MINIMUM")), e.getMessage());
    }

    @Test
    void write_procedureCodeTooLong_isCaughtBySchema() {
        ClaimLine bad = Claims.line(1, "9".repeat(49), List.of(), 1, "125.00", List.of(1));
        Claim c = Claims.claim("CLM0007", Claims.patient(), Claims.details(Claims.patient(), Claims.selfCoverage()),
                List.of("E11.9"), List.of(bad));

        X12ValidationException e = assertThrows(X12ValidationException.class,
                () -> writer.write(Claims.envelope(), ControlNumbers.of(1, 1, 1), List.of(c)));
        X12ValidationException.Issue issue = e.issues().get(0);
        assertEquals("SV1", issue.segmentId());
        assertEquals(1, issue.elementPosition());
        assertEquals(2, issue.componentPosition());
        assertEquals("DATA_ELEMENT_TOO_LONG", issue.error());
    }

    @Test
    void write_invalidModifier_isCaughtBySchema() {
        ClaimLine bad = Claims.line(1, "99213", List.of("251"), 1, "125.00", List.of(1));
        Claim c = Claims.claim("CLM0008", Claims.patient(), Claims.details(Claims.patient(), Claims.selfCoverage()),
                List.of("E11.9"), List.of(bad));

        X12ValidationException e = assertThrows(X12ValidationException.class,
                () -> writer.write(Claims.envelope(), ControlNumbers.of(1, 1, 1), List.of(c)));
        assertEquals("SV1", e.issues().get(0).segmentId());
    }

    @Test
    void write_afterFailure_nextWriteSucceeds() {
        ClaimLine bad = Claims.line(1, "9".repeat(49), List.of(), 1, "125.00", List.of(1));
        Claim c = Claims.claim("CLM0009", Claims.patient(), Claims.details(Claims.patient(), Claims.selfCoverage()),
                List.of("E11.9"), List.of(bad));
        assertThrows(X12ValidationException.class,
                () -> writer.write(Claims.envelope(), ControlNumbers.of(1, 1, 1), List.of(c)));

        assertTrue(writer.write(Claims.envelope(), ControlNumbers.of(2, 2, 2),
                List.of(Claims.anOfficeVisit("CLM0010"))).contains("CLM*CLM0010"));
    }

    @Test
    void text_withDelimiters_isUpperCasedAndSanitized() {
        assertEquals("O'BRIEN  JR", Claim837Writer.text("o'brien~*jr"));
        assertEquals("A B", Claim837Writer.text(" a:b "));
        assertEquals("", Claim837Writer.text(null));
    }

    @Test
    void write_noClaims_isRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> writer.write(Claims.envelope(), ControlNumbers.of(1, 1, 1), List.of()));
    }

    @Test
    void write_moreThan100ClaimsOfOneSubscriber_splitsSubscriberLoops() {
        List<Claim> many = new java.util.ArrayList<>();
        for (int i = 0; i < 250; i++) {
            many.add(Claims.anOfficeVisit(String.format("CLM%05d", i)));
        }

        List<String> s = segments(many);

        assertEquals(3, s.stream().filter(x -> x.startsWith("HL*") && x.contains("*22*")).count());
        assertEquals(250, s.stream().filter(x -> x.startsWith("CLM*")).count());
        assertEquals(250, new Claim837Reader().read(String.join("~", s) + "~").size());
    }

    @Test
    void write_renderingProviderWithoutNpi_isCaughtBySchemaNotNpe() {
        org.openbilling.domain.encounter.EncounterDetails d = Claims.details(Claims.patient(), Claims.selfCoverage());
        org.openbilling.domain.encounter.EncounterDetails noNpi = new org.openbilling.domain.encounter.EncounterDetails(
                d.patient(), d.coverages(), d.billingProvider(),
                new org.openbilling.domain.encounter.Parties.Provider(null, "Rita", "Renderdoc", null), null, null,
                null, null, true, "Y", true, Claims.DOS, null, "11");
        Claim c = Claims.claim("CLM0011", Claims.patient(), noNpi, List.of("E11.9"),
                List.of(Claims.line(1, "99213", List.of(), 1, "125.00", List.of(1))));

        X12ValidationException e = assertThrows(X12ValidationException.class,
                () -> writer.write(Claims.envelope(), ControlNumbers.of(1, 1, 1), List.of(c)));
        assertEquals("NM1", e.issues().get(0).segmentId());
    }
}
