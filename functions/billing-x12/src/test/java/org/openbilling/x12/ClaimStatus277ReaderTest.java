package org.openbilling.x12;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openbilling.domain.common.Money;

/** The fixture follows the shapes of the public 005010X212 examples (x12.org), with synthetic data. */
class ClaimStatus277ReaderTest {
    private final ClaimStatus277Reader reader = new ClaimStatus277Reader();

    @Test
    void read_statusResponse_givesOneAnswerPerClaimInOrder() {
        List<ClaimStatusAnswer> answers = reader.read(Fixtures.x12("277-status.edi"));

        assertEquals(List.of("CLM0001.INQ7", "CLM0004.INQ7", "CLM0002.INQ7", "CLM0003.INQ7"),
                answers.stream().map(ClaimStatusAnswer::trace).toList());
        assertEquals(List.of(ClaimStatusAnswer.Kind.FINALIZED, ClaimStatusAnswer.Kind.FINALIZED,
                ClaimStatusAnswer.Kind.PENDING, ClaimStatusAnswer.Kind.ERROR),
                answers.stream().map(ClaimStatusAnswer::kind).toList());
    }

    @Test
    void read_finalizedPaid_givesPaymentAndNumbers() {
        ClaimStatusAnswer a = reader.read(Fixtures.x12("277-status.edi")).get(0);

        assertEquals("CLM0001", a.claimNumber());
        assertEquals("26030912345", a.payerClaimControlNumber());
        assertEquals("F1", a.categoryCode());
        assertEquals(List.of("F1:65"), a.statusCodes());
        assertEquals(LocalDate.of(2026, 4, 9), a.statusDate());
        assertEquals(Money.of("140.50"), a.totalCharge());
        assertEquals(Money.of("120"), a.paidAmount());
        assertEquals(LocalDate.of(2026, 4, 5), a.adjudicationDate());
        assertEquals("EFT0001", a.remittanceTrace());
        assertEquals("INQ-7", a.reference());
    }

    @Test
    void read_deniedWithLineStatus_keepsOnlyTheClaimLevelComposites() {
        ClaimStatusAnswer a = reader.read(Fixtures.x12("277-status.edi")).get(1);

        assertEquals(List.of("F2:88:IL", "F2:562:85"), a.statusCodes());
        assertEquals(Money.of("0"), a.paidAmount());
        assertNull(a.payerClaimControlNumber());
    }

    @Test
    void read_dependentAndNotFound_areAnsweredUnderTheirLevels() {
        List<ClaimStatusAnswer> answers = reader.read(Fixtures.x12("277-status.edi"));

        assertEquals("CLM0002", answers.get(2).claimNumber());
        assertEquals(List.of("P3:21"), answers.get(2).statusCodes());
        assertEquals(List.of("D0:35"), answers.get(3).statusCodes());
    }

    @Test
    void read_claimWithoutStc_isMalformedNamingTheTrn() {
        String x12 = Fixtures.x12("277-status.edi").replace("STC*D0:35*20260409~\n", "")
                .replace("SE*37*0001", "SE*36*0001");

        X12FormatException e = assertThrows(X12FormatException.class, () -> reader.read(x12));

        assertEquals("TRN", e.segmentId());
    }
}
