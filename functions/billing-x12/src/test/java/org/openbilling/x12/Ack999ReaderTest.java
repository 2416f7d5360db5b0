package org.openbilling.x12;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class Ack999ReaderTest {
    private final Ack999Reader reader = new Ack999Reader();

    @Test
    void read_acceptedWithCrLf_acceptsGroupAndTransaction() {
        List<Ack999> acks = reader.read(Fixtures.x12("999-accepted.edi"));

        assertEquals(1, acks.size());
        Ack999 ack = acks.get(0);
        assertEquals("7", ack.acknowledgedGroupControlNumber());
        assertEquals("HC", ack.acknowledgedFunctionalId());
        assertEquals("000000101", ack.interchangeControlNumber());
        assertTrue(ack.groupAccepted());
        assertEquals(1, ack.transactions().size());
        Ack999.TransactionAck tx = ack.transactions().get(0);
        assertEquals("0001", tx.controlNumber());
        assertTrue(tx.accepted());
        assertTrue(tx.errors().isEmpty());
    }

    @Test
    void read_rejectedWithoutLineBreaks_reportsRejectedTransactionWithErrors() {
        Ack999 ack = reader.read(Fixtures.x12("999-rejected.edi")).get(0);

        assertEquals("8", ack.acknowledgedGroupControlNumber());
        assertTrue(ack.groupPartiallyAccepted());
        assertFalse(ack.groupAccepted());
        assertEquals(2, ack.transactionsIncluded());
        assertEquals(1, ack.transactionsAccepted());
        Ack999.TransactionAck rejected = ack.transactions().get(0);
        assertEquals("0001", rejected.controlNumber());
        assertFalse(rejected.accepted());
        assertEquals("R", rejected.acknowledgmentCode());
        assertEquals(List.of("5"), rejected.syntaxErrorCodes());
        assertEquals(List.of(
                "segment NM1 (position 12, loop 2010): segment has data element errors (8)",
                "NM1 element 9 (data element 67): invalid code value (7) 'BADNPI'",
                "segment HI (position 25, loop 2300): required segment missing (3)"), rejected.errors());
        assertTrue(ack.transactions().get(1).accepted());
    }

    @Test
    void read_lowerCaseFile_readsCodesInUpperCase() {
        Ack999 ack = reader.read(Fixtures.x12("999-lowercase.edi")).get(0);

        assertEquals("9", ack.acknowledgedGroupControlNumber());
        assertEquals("R", ack.groupAcknowledgmentCode());
        assertFalse(ack.transactions().get(0).accepted());
    }

    @Test
    void read_notX12_throwsFormatException() {
        X12FormatException e = assertThrows(X12FormatException.class, () -> reader.read(Fixtures.x12("not-x12.txt")));
        assertTrue(e.getMessage().contains("ISA"), e.getMessage());
        assertEquals(0, e.segmentPosition());
    }

    @Test
    void read_ik5WithoutAk2_throwsFormatExceptionNamingSegment() {
        String x12 = Fixtures.x12("999-accepted.edi").replace("AK2*837*0001*005010X222A1~\r\n", "");
        X12FormatException e = assertThrows(X12FormatException.class, () -> reader.read(x12));
        assertEquals("IK5", e.segmentId());
        assertEquals(5, e.segmentPosition());
    }

    @Test
    void read_null_throwsFormatException() {
        assertThrows(X12FormatException.class, () -> reader.read((String) null));
    }
}
