package org.openbilling.x12;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.PayerClaimControlNumber;

class StatusInquiry276WriterTest {
    private final StatusInquiry276Writer writer = new StatusInquiry276Writer();

    private List<String> segments(List<StatusInquiry276Writer.Inquiry> inquiries) {
        String x12 = writer.write(Claims.envelope(), ControlNumbers.of(43, 8, 1), "INQ-8", inquiries, Claims.CREATED);
        assertTrue(x12.endsWith("~"));
        return Arrays.asList(x12.split("~"));
    }

    @Test
    void write_oneSubscriberClaim_producesTheX212Hierarchy() {
        Claim c = Claims.anOfficeVisit("CLM0001");
        c = c.withLinks(c.links().withPayerClaimControlNumber(new PayerClaimControlNumber("26030912345")));

        List<String> s = segments(List.of(new StatusInquiry276Writer.Inquiry(c, "CLM0001.INQ8")));

        assertEquals(List.of(
                "ISA*00*          *00*          *ZZ*SUBMIT01       *ZZ*CLEARHOUSE     *260305*1430*^*00501*000000043*0*T*:",
                "GS*HR*SUBMIT01*CLEARHOUSE*20260305*1430*8*X*005010X212",
                "ST*276*0001*005010X212",
                "BHT*0010*13*INQ-8*20260305*1430",
                "HL*1**20*1",
                "NM1*PR*2*ACME HEALTH*****PI*60054",
                "HL*2*1*21*1",
                "NM1*41*2*SUNNY CLINIC BILLING*****46*SUBMIT01",
                "HL*3*2*19*1",
                "NM1*1P*2*SUNNY CLINIC*****XX*1234567893",
                "HL*4*3*22*0",
                "DMG*D8*19800115*F",
                "NM1*IL*1*TESTPATIENT*JANE****MI*W123456789",
                "TRN*1*CLM0001.INQ8",
                "REF*1K*26030912345",
                "REF*EJ*CLM0001",
                "AMT*T3*140.5",
                "DTP*472*D8*20260302",
                "SE*17*0001",
                "GE*1*8",
                "IEA*1*000000043"), s);
    }

    @Test
    void write_dependentAndSubscriber_putTheDependentUnderItsSubscriber() {
        Claim own = Claims.anOfficeVisit("CLM0001");
        Claim dependent = Claims.aDependentVisitWithEverything("CLM0002");

        List<String> s = segments(List.of(new StatusInquiry276Writer.Inquiry(own, "T1"),
                new StatusInquiry276Writer.Inquiry(dependent, "T2")));

        // one payer, one receiver, one provider; two subscribers, the second with its dependent
        assertEquals(1, s.stream().filter(x -> x.startsWith("NM1*PR*")).count());
        assertEquals(1, s.stream().filter(x -> x.startsWith("NM1*1P*")).count());
        int dependentHl = s.indexOf(s.stream().filter(x -> x.endsWith("*23")).findFirst().orElseThrow());
        assertTrue(s.get(dependentHl - 2).startsWith("HL*") && s.get(dependentHl - 2).endsWith("*22*1"),
                "the subscriber's HL says a child follows: " + s);
        assertTrue(s.get(dependentHl + 2).startsWith("NM1*QC*1*TESTPARENT*TIMMY"), s.toString());
        assertEquals("TRN*1*T2", s.get(dependentHl + 3));
        assertTrue(s.contains("DTP*472*D8*20260302") || s.stream().anyMatch(x -> x.startsWith("DTP*472*RD8*")));
        // the envelope's counts are right: the project's own reader checks them
        new ClaimStatus277Reader().read(String.join("~", s) + "~");
    }

    @Test
    void write_subscriberWithoutMemberId_isRefusedByTheImplementationSchema() {
        Claim c = Claims.anOfficeVisit("CLM0009");
        var cov = c.details().primaryCoverage();
        var noMember = new org.openbilling.domain.encounter.Parties.Coverage(cov.payerId(), cov.payerName(), null,
                cov.groupNumber(), cov.filingIndicator(), cov.relationship(), cov.subscriber());
        Claim broken = c.withBilled(c.billed().withDetails(c.details().withCoverages(List.of(noMember))));

        X12ValidationException e = assertThrows(X12ValidationException.class,
                () -> segments(List.of(new StatusInquiry276Writer.Inquiry(broken, "T9"))));

        assertTrue(e.issues().stream().anyMatch(i -> "NM1".equals(i.segmentId())), e.issues().toString());
    }

    @Test
    void inquiry_traceOver50Characters_isRefused() {
        Claim c = Claims.anOfficeVisit("CLM0001");
        assertThrows(IllegalArgumentException.class, () -> new StatusInquiry276Writer.Inquiry(c, "X".repeat(51)));
    }

}
