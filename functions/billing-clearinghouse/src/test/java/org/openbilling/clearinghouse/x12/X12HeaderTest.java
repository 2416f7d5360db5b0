package org.openbilling.clearinghouse.x12;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class X12HeaderTest {
    static String isa(String sender, String receiver, String control) {
        return "ISA*00*          *00*          *ZZ*" + pad(sender) + "*ZZ*" + pad(receiver)
                + "*260110*1200*^*00501*" + control + "*0*P*:~";
    }

    private static String pad(String s) {
        return String.format("%-15s", s);
    }

    static String file(String gs01, String st01, String version) {
        return isa("CLEARHOUSE", "SUBMITTER1", "000000901") + "GS*" + gs01 + "*CLEARHOUSE*SUBMITTER1*20260110*1200*901*X*"
                + version + "~ST*" + st01 + "*0001*" + version + "~SE*2*0001~GE*1*901~IEA*1*000000901~";
    }

    @Test
    void read_ofEachKind_tellsItByTransactionSetAndGuide() {
        assertEquals(X12FileKind.ACK_999, X12Header.read(bytes(file("FA", "999", "005010X231A1"))).kind());
        assertEquals(X12FileKind.ACK_277CA, X12Header.read(bytes(file("HN", "277", "005010X214"))).kind());
        assertEquals(X12FileKind.STATUS_277, X12Header.read(bytes(file("HN", "277", "005010X212"))).kind());
        assertEquals(X12FileKind.REMITTANCE_835, X12Header.read(bytes(file("HP", "835", "005010X221A1"))).kind());
        assertEquals(X12FileKind.ELIGIBILITY_271, X12Header.read(bytes(file("HB", "271", "005010X279A1"))).kind());
        assertEquals(X12FileKind.CLAIM_837P, X12Header.read(bytes(file("HC", "837", "005010X222A1"))).kind());
        assertEquals(X12FileKind.OTHER, X12Header.read(bytes(file("RA", "820", "005010X218"))).kind());
    }

    @Test
    void read_withBomCrLfAndLowerCase_readsTheEnvelope() {
        String crlf = file("HP", "835", "005010X221A1").replace("~", "~\r\n");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = bytes("\r\n" + crlf);
        byte[] withBom = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, withBom, 0, 3);
        System.arraycopy(body, 0, withBom, 3, body.length);
        X12Header h = X12Header.read(withBom);
        assertEquals(X12FileKind.REMITTANCE_835, h.kind());
        assertEquals("CLEARHOUSE", h.senderId());
        assertEquals("SUBMITTER1", h.receiverId());
        assertEquals("000000901", h.interchangeControlNumber());
        assertEquals("P", h.usageIndicator());
        assertEquals(X12FileKind.ACK_999, X12Header.read(bytes("isa" + file("FA", "999", "005010X231A1").substring(3))).kind());
    }

    @Test
    void read_ofAHugeFile_readsOnlyItsHead() {
        InputStream endless = new SequenceInputStream(new ByteArrayInputStream(bytes(file("HP", "835", "005010X221A1"))),
                new InputStream() {
                    @Override
                    public int read() {
                        throw new AssertionError("read past the head");
                    }

                    @Override
                    public int read(byte[] b, int off, int len) {
                        throw new AssertionError("read past the head");
                    }
                });
        assertEquals(X12FileKind.REMITTANCE_835, X12Header.read(new ByteArrayInputStream(
                bytes(file("HP", "835", "005010X221A1") + "x".repeat(100_000)))).kind());
        assertThrows(AssertionError.class, () -> X12Header.read(endless));
    }

    @Test
    void read_ofNonX12_isUnreadable() {
        assertThrows(UnreadableFileException.class, () -> X12Header.read(bytes("%PDF-1.7 not an interchange")));
        assertThrows(UnreadableFileException.class, () -> X12Header.read(bytes("ISA*too short~")));
        assertThrows(UnreadableFileException.class,
                () -> X12Header.read(bytes(isa("A", "B", "000000001") + "ST*835*0001~")));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
