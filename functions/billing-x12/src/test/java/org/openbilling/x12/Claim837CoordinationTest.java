package org.openbilling.x12;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openbilling.domain.claim.Adjustment;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.PriorAdjudication;
import org.openbilling.domain.common.Money;

/** Secondary and tertiary 837Ps: the prior payers' adjudications in 2320/2330B/2430, balanced and schema-valid. */
class Claim837CoordinationTest {
    private final Claim837Writer writer = new Claim837Writer();

    private List<String> segments(CoordinatedClaim... claims) {
        String x12 = writer.writeCoordinated(Claims.envelope(), ControlNumbers.of(42, 7, 1), List.of(claims),
                Claims.CREATED);
        return Arrays.asList(x12.split("~"));
    }

    /** The segments from the first one starting with {@code from} up to (not including) the next {@code to}. */
    private static List<String> between(List<String> s, String from, String to) {
        int start = indexOf(s, from, 0);
        int end = indexOf(s, to, start + 1);
        return s.subList(start, end < 0 ? s.size() : end);
    }

    private static int indexOf(List<String> s, String prefix, int from) {
        for (int i = from; i < s.size(); i++) {
            if (s.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void writeCoordinated_secondaryAfterPaidPrimary_writesSbrS_2320_2330B_and2430PerLine() {
        List<String> s = segments(ChainClaims.secondary("CLM2001", ChainClaims.primaryPaid()));

        assertEquals(List.of("HL*2*1*22*0", "SBR*S*18***12****MB", "NM1*IL*1*TESTPATIENT*JANE****MI*1EG4TE5MK73",
                "N3*12 ELM ST", "N4*SPRINGFIELD*IL*62701", "DMG*D8*19800115*F",
                "NM1*PR*2*MEDICARE PART B*****PI*MCR01"), between(s, "HL*2*", "CLM*"));
        assertEquals(List.of(
                "SBR*P*18*GRP001******CI",
                "AMT*D*68",
                "OI***Y*P**Y",
                "NM1*IL*1*TESTPATIENT*JANE****MI*W123456789",
                "NM1*PR*2*ACME HEALTH*****PI*60054",
                "REF*F8*26030912345",
                // the third payer, not adjudicated yet: its coverage only
                "SBR*T*18*******MC",
                "OI***Y*P**Y",
                "NM1*IL*1*TESTPATIENT*JANE****MI*MCD99887766",
                "NM1*PR*2*STATE MEDICAID*****PI*MCD77"), between(s, "SBR*P*", "LX*1"));
        assertEquals(List.of("LX*1", "SV1*HC:99213:25*125*UN*1***1:2", "DTP*472*D8*20260302",
                "SVD*60054*60*HC:99213:25**1", "CAS*CO*45*35", "CAS*PR*1*20**2*10*2", "DTP*573*D8*20260315",
                "AMT*EAF*30"), between(s, "LX*1", "LX*2"));
        assertEquals(List.of("LX*2", "SV1*HC:81002*15.5*UN*1***1", "DTP*472*D8*20260302",
                "SVD*60054*8*HC:81002**1", "CAS*CO*45*5.5", "CAS*PR*2*2", "DTP*573*D8*20260315", "AMT*EAF*2"),
                between(s, "LX*2", "SE*"));
        assertFalse(s.contains("AMT*EAF*32"), "the liability is on the lines, never on both levels");
    }

    @Test
    void writeCoordinated_commercialSecondary_needsNoSbr05() {
        List<String> s = segments(ChainClaims.commercialSecondary("CLM2002", ChainClaims.primaryPaid()));

        assertTrue(s.contains("SBR*S*18*SM-9******CI"), String.join("~", s));
        assertTrue(s.contains("NM1*PR*2*SECOND MUTUAL*****PI*87726"));
        assertTrue(s.contains("SBR*P*18*GRP001******CI"));
        assertEquals(1, s.stream().filter(x -> x.startsWith("SBR*")).count() - 1, "one 2320: the primary");
    }

    @Test
    void writeCoordinated_deniedPrimary_carriesTheDenialOnTheClaimWithItsDate() {
        List<String> s = segments(ChainClaims.commercialSecondary("CLM2003", ChainClaims.primaryDenied()));

        assertEquals(List.of(
                "SBR*P*18*GRP001******CI",
                "CAS*CO*50*140.5",
                "AMT*D*0",
                "AMT*EAF*0",
                "OI***Y*P**Y",
                "MOA***N115",
                "NM1*IL*1*TESTPATIENT*JANE****MI*W123456789",
                "NM1*PR*2*ACME HEALTH*****PI*60054",
                // no 2430 carries the date: 2330B does
                "DTP*573*D8*20260315",
                "REF*F8*26030900077"), between(s, "SBR*P*", "LX*1"));
        assertFalse(s.stream().anyMatch(x -> x.startsWith("SVD*")), "the primary reported no lines");
    }

    @Test
    void writeCoordinated_partlyPaidPrimary_writesTheDeniedLineAndTheClaimLevelDeductible() {
        List<String> s = segments(ChainClaims.commercialSecondary("CLM2004", ChainClaims.primaryPartlyPaid()));

        List<String> loop2320 = between(s, "SBR*P*", "LX*1");
        assertEquals(List.of("SBR*P*18*GRP001******CI", "CAS*PR*1*20", "AMT*D*70", "AMT*EAF*20", "OI***Y*P**Y"),
                loop2320.subList(0, 5));
        assertFalse(loop2320.stream().anyMatch(x -> x.startsWith("DTP*573")), "the 2430s carry the date");
        assertFalse(loop2320.stream().anyMatch(x -> x.startsWith("REF*F8")), "no claim control number known");
        assertEquals(List.of("SVD*60054*0*HC:81002**1", "CAS*CO*97*15.5", "DTP*573*D8*20260315"),
                between(s, "SVD*60054*0*", "SE*"));
    }

    @Test
    void writeCoordinated_tertiary_writesSbrT_andBothPriorPayersInOrder() {
        List<String> s = segments(ChainClaims.tertiary("CLM2005"));

        assertTrue(s.contains("SBR*T*18*******MC"), "2000B: the third payer");
        assertTrue(s.contains("NM1*PR*2*STATE MEDICAID*****PI*MCD77"));
        List<String> others = between(s, "SBR*P*", "LX*1");
        assertEquals(List.of(
                "SBR*P*18*GRP001******CI", "AMT*D*68", "OI***Y*P**Y", "NM1*IL*1*TESTPATIENT*JANE****MI*W123456789",
                "NM1*PR*2*ACME HEALTH*****PI*60054", "REF*F8*26030912345",
                "SBR*S*18***12****MB", "AMT*D*25.6", "OI***Y*P**Y", "MOA***MA18",
                "NM1*IL*1*TESTPATIENT*JANE****MI*1EG4TE5MK73", "NM1*PR*2*MEDICARE PART B*****PI*MCR01",
                "REF*F8*MCR2603290001"), others);
        assertEquals(List.of("LX*1", "SV1*HC:99213:25*125*UN*1***1:2", "DTP*472*D8*20260302",
                "SVD*60054*60*HC:99213:25**1", "CAS*CO*45*35", "CAS*PR*1*20**2*10*2", "DTP*573*D8*20260315",
                "AMT*EAF*30",
                "SVD*MCR01*24*HC:99213:25**1", "CAS*CO*23*95", "CAS*PR*2*6", "DTP*573*D8*20260329", "AMT*EAF*6"),
                between(s, "LX*1", "LX*2"));
    }

    @Test
    void writeCoordinated_primaryAndSecondaryInOneBatch_getTheirOwnSubscriberLoops() {
        Claim primary = Claims.anOfficeVisit("CLM2006");
        List<String> s = segments(CoordinatedClaim.primary(primary),
                ChainClaims.commercialSecondary("CLM2007", ChainClaims.primaryPaid()));

        assertEquals(2, s.stream().filter(x -> x.startsWith("HL*") && x.contains("*22*")).count());
        assertTrue(s.contains("SBR*P*18*GRP001******CI"));
        assertTrue(s.contains("SBR*S*18*SM-9******CI"));
        int se = Integer.parseInt(s.get(s.size() - 3).split("\\*")[1]);
        assertEquals(s.size() - 4, se, "SE01 counts ST through SE");
    }

    @Test
    void write_primaryClaims_areByteForByteWhatTheWriterWroteBeforeCoordination() {
        // written by the writer at commit cbbe358, before loop 2320 learnt about prior payers
        String before = Fixtures.x12("837p-primary-before-cob.edi");

        String now = writer.write(Claims.envelope(), ControlNumbers.of(1, 2, 3), Claims.aMixedBatch(8), Claims.CREATED);

        assertEquals(before, now);
    }

    @Test
    void writeCoordinated_lineThatDoesNotBalance_isRefusedNamingClaimAndLine() {
        PriorAdjudication p = ChainClaims.primaryPaid();
        PriorAdjudication.Line first = p.lines().get(0);
        // 60 + 35 + 20 = 115: the PR-2 10.00 of line 1 went missing
        PriorAdjudication.Line short10 = new PriorAdjudication.Line(1, "99213", List.of("25"),
                first.units(), first.paidAmount(), first.adjustments().subList(0, 2), Money.of("20.00"));
        PriorAdjudication broken = ChainClaims.prior(p.payerClaimControlNumber(), p.adjudicationDate(),
                p.paidAmount(), Money.of("22.00"), List.of(), List.of(), List.of(short10, p.lines().get(1)));

        X12ValidationException e = assertThrows(X12ValidationException.class,
                () -> segments(ChainClaims.commercialSecondary("CLM2008", broken)));

        X12ValidationException.Issue line = e.issues().stream()
                .filter(i -> i.error().equals("COB_LINE_UNBALANCED")).findFirst().orElseThrow();
        assertTrue(line.data().startsWith("claim CLM2008 line 1: the primary payer Acme Health's adjudication does not"
                + " balance: the line charge 125.00 is not paid 60.00 + adjustments 55.00"), line.data());
        assertTrue(e.issues().stream().anyMatch(i -> i.error().equals("COB_CLAIM_UNBALANCED")), e.getMessage());
        assertTrue(e.getMessage().contains("claim CLM2008 line 1"), e.getMessage());
    }

    @Test
    void writeCoordinated_claimLevelPaymentThatDoesNotBalance_isRefused() {
        PriorAdjudication paidTooMuch = ChainClaims.prior(null, ChainClaims.PRIMARY_PAID,
                Money.of("100.00"), Money.ZERO, List.of(ChainClaims.cas("CO", "45", "50.00")), List.of(), List.of());

        X12ValidationException e = assertThrows(X12ValidationException.class,
                () -> segments(ChainClaims.commercialSecondary("CLM2009", paidTooMuch)));

        assertEquals(List.of("COB_CLAIM_UNBALANCED"), e.issues().stream().map(X12ValidationException.Issue::error).toList());
        assertTrue(e.issues().get(0).data().contains("claim charge 140.50 is not paid 100.00 + claim adjustments 50.00"
                + " + line adjustments 0.00 (150.00)"), e.getMessage());
    }

    @Test
    void writeCoordinated_lineLeftOutOrUnknown_isRefused() {
        PriorAdjudication p = ChainClaims.primaryPaid();
        PriorAdjudication onlyLine1 = ChainClaims.prior(null, p.adjudicationDate(), Money.of("60.00"),
                Money.of("30.00"), List.of(ChainClaims.cas("CO", "45", "15.50")), List.of(), List.of(p.lines().get(0)));
        PriorAdjudication.Line l = p.lines().get(1);
        PriorAdjudication line9 = ChainClaims.prior(null, p.adjudicationDate(), p.paidAmount(),
                p.remainingPatientLiability(), List.of(), List.of(), List.of(p.lines().get(0), new PriorAdjudication.Line(
                        9, l.procedureCode(), l.modifiers(), l.units(), l.paidAmount(), l.adjustments(),
                        l.remainingPatientLiability())));

        X12ValidationException missing = assertThrows(X12ValidationException.class,
                () -> segments(ChainClaims.commercialSecondary("CLM2010", onlyLine1)));
        X12ValidationException unknown = assertThrows(X12ValidationException.class,
                () -> segments(ChainClaims.commercialSecondary("CLM2011", line9)));

        assertTrue(missing.issues().stream().anyMatch(i -> i.error().equals("COB_LINE_NOT_ADJUDICATED")
                && i.data().startsWith("claim CLM2010 line 2:")), missing.getMessage());
        assertTrue(unknown.issues().stream().anyMatch(i -> i.error().equals("COB_LINE_UNKNOWN")
                && i.data().startsWith("claim CLM2011 line 9:")), unknown.getMessage());
    }

    @Test
    void writeCoordinated_lineLiabilitiesNotAddingUpToTheClaims_isRefused() {
        PriorAdjudication p = ChainClaims.primaryPaid();
        PriorAdjudication wrongTotal = ChainClaims.prior(p.payerClaimControlNumber(),
                p.adjudicationDate(), p.paidAmount(), Money.of("40.00"), p.adjustments(), p.remarkCodes(), p.lines());

        X12ValidationException e = assertThrows(X12ValidationException.class,
                () -> segments(ChainClaims.commercialSecondary("CLM2012", wrongTotal)));

        assertEquals("COB_PATIENT_LIABILITY_UNBALANCED", e.issues().get(0).error());
    }

    @Test
    void writeCoordinated_medicareAsSecondaryWithoutSbr05_isRefused() {
        CoordinatedClaim ok = ChainClaims.secondary("CLM2013", ChainClaims.primaryPaid());
        CoordinatedClaim noType = new CoordinatedClaim(ok.claim(), List.of(ok.coverages().get(0),
                PayerCoverage.of(ChainClaims.medicare())), PayerSequence.SECONDARY, ok.priorPayers());

        X12ValidationException e = assertThrows(X12ValidationException.class, () -> segments(noType));

        assertEquals("COB_MEDICARE_SECONDARY_TYPE_MISSING", e.issues().get(0).error());
        assertTrue(e.getMessage().contains("claim CLM2013"), e.getMessage());
    }

    @Test
    void writeCoordinated_adjustmentGroupTheGuideDoesNotKnow_isCaughtBySchema() {
        PriorAdjudication p = ChainClaims.primaryDenied();
        PriorAdjudication badGroup = ChainClaims.prior(p.payerClaimControlNumber(),
                p.adjudicationDate(), p.paidAmount(), p.remainingPatientLiability(),
                List.of(ChainClaims.cas("XX", "50", "140.50")), p.remarkCodes(), p.lines());

        X12ValidationException e = assertThrows(X12ValidationException.class,
                () -> segments(ChainClaims.commercialSecondary("CLM2014", badGroup)));

        assertEquals("CAS", e.issues().get(0).segmentId());
        assertEquals(1, e.issues().get(0).elementPosition());
    }

    @Test
    void writeCoordinated_adjustmentWithoutReasonCode_isRefused_neverGuessed() {
        PriorAdjudication noReason = ChainClaims.prior(null, ChainClaims.PRIMARY_PAID, Money.of("120.50"),
                Money.of("20.00"), List.of(ChainClaims.cas("PR", null, "20.00")), List.of(), List.of());

        X12ValidationException e = assertThrows(X12ValidationException.class,
                () -> segments(ChainClaims.commercialSecondary("CLM2018", noReason)));

        assertEquals(List.of("COB_ADJUSTMENT_REASON_MISSING"),
                e.issues().stream().map(X12ValidationException.Issue::error).toList());
        assertTrue(e.issues().get(0).data().startsWith("claim CLM2018: the primary payer Acme Health has an"
                + " adjustment without a reason code"), e.getMessage());
    }

    @Test
    void writeCoordinated_badMedicareSecondaryType_isCaughtBySchema() {
        CoordinatedClaim ok = ChainClaims.secondary("CLM2015", ChainClaims.primaryPaid());
        CoordinatedClaim badType = new CoordinatedClaim(ok.claim(), List.of(ok.coverages().get(0),
                new PayerCoverage(ChainClaims.medicare(), "99")), PayerSequence.SECONDARY, ok.priorPayers());

        X12ValidationException e = assertThrows(X12ValidationException.class, () -> segments(badType));

        assertEquals("SBR", e.issues().get(0).segmentId());
        assertEquals(5, e.issues().get(0).elementPosition());
    }

    @Test
    void writeCoordinated_sevenReasonsOfOneGroup_openASecondCasOfThatGroup() {
        Adjustment[] seven = new Adjustment[7];
        for (int i = 0; i < 7; i++) {
            seven[i] = ChainClaims.cas("CO", Integer.toString(100 + i), i == 6 ? "20.50" : "20.00");
        }
        PriorAdjudication manyReasons = ChainClaims.prior(null, ChainClaims.PRIMARY_PAID, Money.ZERO,
                Money.ZERO, List.of(seven), List.of(), List.of());

        List<String> s = segments(ChainClaims.commercialSecondary("CLM2016", manyReasons));

        assertTrue(s.contains("CAS*CO*100*20**101*20**102*20**103*20**104*20**105*20"), String.join("~", s));
        assertTrue(s.contains("CAS*CO*106*20.5"));
    }

    @Test
    void coordinatedClaim_priorPayersNotMatchingItsPlace_isRefused() {
        CoordinatedClaim ok = ChainClaims.tertiary("CLM2017");

        assertThrows(IllegalArgumentException.class, () -> new CoordinatedClaim(ok.claim(), ok.coverages(),
                PayerSequence.TERTIARY, ok.priorPayers().subList(0, 1)));
        assertThrows(IllegalArgumentException.class, () -> new CoordinatedClaim(ok.claim(), ok.coverages(),
                PayerSequence.SECONDARY, ok.priorPayers().subList(0, 1)), "the claim is to Medicaid, not Medicare");
        assertThrows(IllegalArgumentException.class, () -> new CoordinatedClaim(ok.claim(),
                ok.coverages().subList(0, 2), PayerSequence.TERTIARY, ok.priorPayers()));
    }
}
