package org.openbilling.x12;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openbilling.domain.common.Money;
import org.openbilling.x12.Remittance.CasAdjustment;
import org.openbilling.x12.Remittance.ClaimPayment;
import org.openbilling.x12.Remittance.ProviderAdjustment;
import org.openbilling.x12.Remittance.ServicePayment;

class Remittance835ReaderTest {
    private final Remittance835Reader reader = new Remittance835Reader();

    private Remittance mixed() {
        List<Remittance> all = reader.read(Fixtures.x12("835-mixed.edi"));
        assertEquals(1, all.size());
        return all.get(0);
    }

    private static Money m(String s) {
        return Money.of(s);
    }

    @Test
    void read_header_givesTracePayerAndPayment() {
        Remittance r = mixed();

        assertEquals("EFT0001", r.traceNumber());
        assertEquals("1123456789", r.payerId());
        assertEquals("60054", r.payerReference());
        assertEquals("ACME HEALTH", r.payerName());
        assertEquals("1234567893", r.payeeNpi());
        assertEquals(m("75.75"), r.paymentAmount());
        assertEquals("ACH", r.paymentMethod());
        assertEquals(LocalDate.of(2026, 3, 15), r.paymentDate());
        assertEquals(LocalDate.of(2026, 3, 14), r.productionDate());
        assertEquals(5, r.claims().size());
    }

    @Test
    void read_paidClaim_givesAmountsAdjustmentsAndLines() {
        ClaimPayment c = mixed().claims().get(0);

        assertEquals("CLM0001", c.claimNumber());
        assertTrue(c.processed());
        assertEquals(m("140.50"), c.totalCharge());
        assertEquals(m("100.00"), c.paidAmount());
        assertEquals(Money.ZERO, c.patientResponsibility());
        assertEquals("26030912345", c.payerClaimControlNumber());
        assertEquals(List.of(new CasAdjustment("CO", "45", m("40.50"), null)), c.adjustments());
        assertEquals("TESTPATIENT", c.patientLastName());
        assertEquals(2, c.lines().size());
        ServicePayment line = c.lines().get(0);
        assertEquals("HC", line.qualifier());
        assertEquals("99213", line.code());
        assertEquals(List.of("25"), line.modifiers());
        assertEquals(m("125.00"), line.charge());
        assertEquals(m("90.00"), line.paidAmount());
        assertEquals(m("90.00"), line.allowedAmount());
        assertEquals(0, BigDecimal.ONE.compareTo(line.units()));
        assertEquals("1", line.lineControlNumber());
        assertEquals(LocalDate.of(2026, 3, 2), line.serviceDate());
        assertEquals(List.of(new CasAdjustment("CO", "45", m("35.00"), null)), line.adjustments());
    }

    @Test
    void read_partiallyPaidClaim_hasLinePaidZeroWithCoAdjustmentAndRemarks() {
        ClaimPayment c = mixed().claims().get(1);

        assertEquals("CLM0002", c.claimNumber());
        assertEquals(m("20.00"), c.patientResponsibility());
        assertEquals(List.of("MA01", "N130"), c.remarkCodes());
        ServicePayment first = c.lines().get(0);
        assertEquals(List.of("25", "GT"), first.modifiers());
        assertEquals(List.of(new CasAdjustment("PR", "3", m("20.00"), null),
                new CasAdjustment("CO", "45", m("10.00"), null)), first.adjustments());
        ServicePayment denied = c.lines().get(1);
        assertEquals("J1885", denied.code());
        assertTrue(denied.paidAmount().isZero());
        assertEquals(List.of(new CasAdjustment("CO", "97", m("24.00"), new BigDecimal("2"))), denied.adjustments());
        assertEquals(List.of("M15", "N19"), denied.remarkCodes());
        assertEquals(0, new BigDecimal("2").compareTo(denied.units()));
    }

    @Test
    void read_deniedClaim_isDenied() {
        ClaimPayment c = mixed().claims().get(2);

        assertEquals("CLM0003", c.claimNumber());
        assertTrue(c.denied());
        assertFalse(c.processed());
        assertTrue(c.paidAmount().isZero());
        assertEquals("CO", c.adjustments().get(0).groupCode());
        assertEquals("29", c.adjustments().get(0).reasonCode());
        assertEquals(List.of("N211"), c.remarkCodes());
    }

    @Test
    void read_reversal_hasNegativeAmounts() {
        ClaimPayment c = mixed().claims().get(3);

        assertTrue(c.reversal());
        assertEquals(m("-150.00"), c.paidAmount());
        assertEquals(List.of(new CasAdjustment("CR", "45", m("-50.00"), null)), c.adjustments());
        assertEquals(0, new BigDecimal("-1").compareTo(c.lines().get(0).units()));
    }

    @Test
    void read_deductibleOnly_isProcessedWithZeroPaidAndPr1() {
        ClaimPayment c = mixed().claims().get(4);

        assertTrue(c.processed());
        assertTrue(c.paidAmount().isZero());
        assertEquals(m("85.00"), c.patientResponsibility());
        assertEquals(List.of(new CasAdjustment("PR", "1", m("85.00"), null)), c.lines().get(0).adjustments());
    }

    @Test
    void read_plb_givesProviderAdjustments() {
        List<ProviderAdjustment> plb = mixed().providerAdjustments();

        assertEquals(List.of(
                new ProviderAdjustment("1234567893", LocalDate.of(2026, 12, 31), "WO", "CLM0099", m("25.50")),
                new ProviderAdjustment("1234567893", LocalDate.of(2026, 12, 31), "L6", "INTEREST", m("-1.25"))), plb);
    }

    @Test
    void read_severalInterchangesAndTransactions_givesOneRemittanceEach() {
        List<Remittance> all = reader.read(Fixtures.x12("835-multiple.edi"));

        assertEquals(List.of("CHK1001", "CHK1002", "CHK1003"), all.stream().map(Remittance::traceNumber).toList());
        assertEquals("CLMA2", all.get(1).claims().get(0).claimNumber());
        assertTrue(all.get(1).claims().get(0).denied());
        assertEquals(m("15.00"), all.get(2).claims().get(0).patientResponsibility());
    }

    @Test
    void read_nonStandardDelimiters_readsSameAsStandard() {
        assertEquals(mixed(), reader.read(Fixtures.x12("835-custom-delimiters.edi")).get(0));
    }

    @Test
    void read_noLineBreaks_readsSameAsCrLf() {
        String oneLine = Fixtures.x12("835-mixed.edi").replace("\r\n", "");
        assertEquals(mixed(), reader.read(oneLine).get(0));
    }

    @Test
    void read_lowerCase_readsSameAsUpperCase() {
        Remittance lower = reader.read(Fixtures.x12("835-mixed.edi").toLowerCase()).get(0);
        assertEquals(mixed(), lower);
    }

    @Test
    void read_badAmount_throwsFormatExceptionNamingClp() {
        X12FormatException e = assertThrows(X12FormatException.class,
                () -> reader.read(Fixtures.x12("835-bad-amount.edi")));
        assertEquals("CLP", e.segmentId());
        assertEquals(17, e.segmentPosition());
        assertTrue(e.getMessage().contains("12.3X"), e.getMessage());
    }

    @Test
    void read_truncatedFile_throwsFormatException() {
        X12FormatException e = assertThrows(X12FormatException.class,
                () -> reader.read(Fixtures.x12("835-truncated.edi")));
        assertTrue(e.segmentPosition() > 0, e.getMessage());
    }

    @Test
    void read_garbage_throwsFormatExceptionNotNpe() {
        assertThrows(X12FormatException.class, () -> reader.read(Fixtures.x12("not-x12.txt")));
        assertThrows(X12FormatException.class, () -> reader.read(""));
        assertThrows(X12FormatException.class, () -> reader.read("ISA*00*" + "x".repeat(200)));
    }

    @Test
    void read_nonAsciiName_keepsUtf8Text() {
        String x12 = Fixtures.x12("835-mixed.edi").replace("TESTPATIENT*JANE", "TESTPATIÑO*JOSÉ");

        ClaimPayment c = reader.read(x12).get(0).claims().get(0);

        assertEquals("TESTPATIÑO", c.patientLastName());
        assertEquals("JOSÉ", c.patientFirstName());
    }

    @Test
    void read_debitPayment_isNegative_andTheBalancingRuleSumsPaymentsLessProviderAdjustments() {
        String x12 = Fixtures.x12("835-multiple.edi").replace("BPR*I*100*C*", "BPR*I*100*D*");
        List<Remittance> all = reader.read(x12);
        assertEquals(m("-100.00"), all.get(0).paymentAmount(), "BPR03 D: the payer debits the provider");
        assertEquals(m("100.00"), all.get(0).expectedPaymentAmount());
        assertEquals(m("55.00"), all.get(2).expectedPaymentAmount());
        Remittance mixed = mixed();
        Money paid = mixed.claims().stream().map(ClaimPayment::paidAmount).reduce(Money.ZERO, Money::plus);
        Money plb = mixed.providerAdjustments().stream().map(ProviderAdjustment::amount).reduce(Money.ZERO, Money::plus);
        assertEquals(paid.minus(plb), mixed.expectedPaymentAmount());
    }

    @Test
    void read_lineRemark_staysOnItsLine() {
        ClaimPayment partial = mixed().claims().stream().filter(c -> !c.lines().isEmpty()
                && c.lines().stream().anyMatch(l -> !l.remarkCodes().isEmpty())).findFirst().orElseThrow();
        assertTrue(partial.lines().stream().anyMatch(l -> !l.remarkCodes().isEmpty()));
        assertFalse(partial.remarkCodes().containsAll(partial.lines().stream()
                .flatMap(l -> l.remarkCodes().stream()).toList()), "LQ remarks are not the claim's");
    }

    private List<ClaimPayment> crossovers() {
        return reader.read(Fixtures.x12("835-crossover.edi")).get(0).claims();
    }

    @Test
    void read_clp02Of19WithCrossoverCarrier_isProcessedAsPrimaryAndForwarded() {
        ClaimPayment c = crossovers().get(0);

        assertEquals("19", c.statusCode());
        assertTrue(c.processed());
        assertEquals(PayerSequence.PRIMARY, c.processedAs());
        assertTrue(c.forwarded());
        assertEquals(new Remittance.OtherPayer("SUPPLEMENT MUTUAL", "PI", "87726"), c.forwardedTo());
        assertEquals("TESTPATIENT", c.patientLastName(), "NM1*TT does not take the patient's place");
        assertEquals("26031900001", c.payerClaimControlNumber());
        assertEquals(LocalDate.of(2026, 3, 5), c.receivedDate());
        assertEquals(List.of("MA18"), c.remarkCodes());
        assertEquals(List.of(new CasAdjustment("CO", "45", m("28.50"), null),
                new CasAdjustment("PR", "1", m("20.00"), BigDecimal.ONE),
                new CasAdjustment("PR", "2", m("1.30"), null)), c.lines().get(0).adjustments());
    }

    @Test
    void read_clp02Of20And21_areProcessedAsSecondaryAndTertiaryAndForwarded() {
        ClaimPayment secondary = crossovers().get(1);
        ClaimPayment tertiary = crossovers().get(2);

        assertEquals(PayerSequence.SECONDARY, secondary.processedAs());
        assertTrue(secondary.forwarded());
        assertEquals(new Remittance.OtherPayer("THIRD PLAN", "PI", "99001"), secondary.forwardedTo());
        assertEquals(PayerSequence.TERTIARY, tertiary.processedAs());
        assertTrue(tertiary.forwarded(), "CLP02 21 says forwarded even without naming the carrier");
        assertEquals(null, tertiary.forwardedTo());
        assertEquals(null, tertiary.receivedDate());
    }

    @Test
    void read_clp02Of1WithCrossoverCarrier_isForwarded_andOf2WithoutIsNot() {
        ClaimPayment namedOnly = crossovers().get(3);
        ClaimPayment plainSecondary = crossovers().get(4);

        assertEquals(PayerSequence.PRIMARY, namedOnly.processedAs());
        assertTrue(namedOnly.forwarded());
        assertEquals(new Remittance.OtherPayer("SUPPLEMENT MUTUAL", "XV", "87726"), namedOnly.forwardedTo());
        assertEquals(PayerSequence.SECONDARY, plainSecondary.processedAs());
        assertFalse(plainSecondary.forwarded());
    }

    @Test
    void read_plainStatuses_areNotForwarded_andDenialOrReversalHaveNoPlace() {
        List<ClaimPayment> claims = mixed().claims();

        assertTrue(claims.stream().noneMatch(ClaimPayment::forwarded));
        assertEquals(PayerSequence.PRIMARY, claims.get(0).processedAs());
        assertEquals(null, claims.get(2).processedAs(), "CLP02 4: denied");
        assertEquals(null, claims.get(3).processedAs(), "CLP02 22: reversal");
    }

    @Test
    void adjudicationDate_isBprDateElseProductionDate() {
        Remittance r = reader.read(Fixtures.x12("835-crossover.edi")).get(0);
        assertEquals(LocalDate.of(2026, 3, 20), r.adjudicationDate());
        Remittance noBprDate = new Remittance(r.traceNumber(), r.payerId(), r.payerReference(), r.payerName(),
                r.payeeName(), r.payeeNpi(), r.paymentAmount(), r.paymentMethod(), null, r.productionDate(),
                r.claims(), r.providerAdjustments());
        assertEquals(LocalDate.of(2026, 3, 19), noBprDate.adjudicationDate());
    }
}
