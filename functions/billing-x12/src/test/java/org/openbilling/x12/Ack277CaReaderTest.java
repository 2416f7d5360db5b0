package org.openbilling.x12;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openbilling.domain.common.Money;

class Ack277CaReaderTest {
    private final Ack277CaReader reader = new Ack277CaReader();

    @Test
    void read_mixedFile_givesOneAcknowledgementPerClaim() {
        List<ClaimAcknowledgement> claims = reader.read(Fixtures.x12("277ca-mixed.edi"));

        assertEquals(3, claims.size());
    }

    @Test
    void read_acceptedClaim_isAcceptedWithPayerControlNumber() {
        ClaimAcknowledgement a = reader.read(Fixtures.x12("277ca-mixed.edi")).get(0);

        assertEquals("CLM0001", a.claimNumber());
        assertEquals("26030912345", a.payerClaimControlNumber());
        assertEquals("A1", a.categoryCode());
        assertEquals(List.of("A1:20:PR", "A2:20"), a.statusCodes());
        assertTrue(a.accepted());
        assertFalse(a.rejected());
        assertEquals(LocalDate.of(2026, 3, 10), a.statusDate());
        assertEquals(Money.of("140.50"), a.totalCharge());
        assertEquals("TESTPATIENT", a.patientLastName());
    }

    @Test
    void read_rejectedClaim_isRejectedWithEveryClaimLevelStatus() {
        ClaimAcknowledgement r = reader.read(Fixtures.x12("277ca-mixed.edi")).get(1);

        assertEquals("CLM0002", r.claimNumber());
        assertEquals("A7", r.categoryCode());
        // STC01, STC10, STC11 at claim level; the line-level STC after SVC is not the claim's
        assertEquals(List.of("A7:562:85", "A7:128", "A6:21:77"), r.statusCodes());
        assertTrue(r.rejected());
        assertFalse(r.accepted());
        assertEquals(null, r.payerClaimControlNumber());
    }

    @Test
    void read_lowerCaseCodes_areNormalized() {
        ClaimAcknowledgement r = reader.read(Fixtures.x12("277ca-mixed.edi")).get(2);

        assertEquals("clm0003", r.claimNumber());
        assertEquals("A4", r.categoryCode());
        assertTrue(r.rejected());
    }
}
