package org.openbilling.x12;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openbilling.domain.claim.Claim;

/**
 * {@link Segments}' own tokenizer gives exactly the segments the StAEDI-based read path gave ({@link StaediSegments}):
 * ids, positions, elements and components, on the whole corpus, the benchmark inputs and variants of them.
 */
class SegmentsTest {
    private static final String[] CORPUS = {"999-accepted.edi", "999-rejected.edi", "999-lowercase.edi",
        "277ca-mixed.edi", "835-mixed.edi", "835-multiple.edi", "835-custom-delimiters.edi", "835-bad-amount.edi",
        "835-crossover.edi"};

    /** Both paths refuse the input with an X12FormatException. */
    private static void assertBothRefuse(String name, byte[] x12) {
        assertThrows(X12FormatException.class, () -> StaediSegments.read(x12), name);
        assertThrows(X12FormatException.class, () -> Segments.read(x12), name);
    }

    /** Both paths read the input into the same segments. */
    private static void assertSameAsStaedi(String name, byte[] x12) {
        List<Segment> expected = StaediSegments.read(x12);
        List<Segment> actual = Segments.read(x12);
        assertEquals(expected.size(), actual.size(), name + ": segment count");
        for (int k = 0; k < expected.size(); k++) {
            Segment e = expected.get(k);
            Segment a = actual.get(k);
            String where = name + ": segment " + (k + 1) + " " + e;
            assertEquals(e.tag(), a.tag(), where);
            assertEquals(e.position(), a.position(), where);
            assertEquals(e.size(), a.size(), where + " vs " + a);
            for (int i = 1; i <= e.size(); i++) {
                assertArrayEquals(e.components(i), a.components(i), where + " element " + i + " vs " + a);
            }
            assertEquals(e.toString(), a.toString(), where);
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void read_everyCorpusFile_asStaedi() {
        for (String file : CORPUS) {
            assertSameAsStaedi(file, utf8(Fixtures.x12(file)));
        }
        assertBothRefuse("835-truncated.edi", utf8(Fixtures.x12("835-truncated.edi")));
        assertBothRefuse("not-x12.txt", utf8(Fixtures.x12("not-x12.txt")));
    }

    @Test
    void read_benchmarkInputs_asStaedi() {
        assertSameAsStaedi("1 MB 835", utf8(Fixtures.large835(1_000_000)));

        List<Claim> batch = Claims.aMixedBatch(1000);
        assertSameAsStaedi("837P of 1,000 claims", utf8(new Claim837Writer()
                .write(Claims.envelope(), ControlNumbers.of(1, 1, 1), batch, Claims.CREATED)));
    }

    @Test
    void read_variants_asStaedi() {
        String mixed = Fixtures.x12("835-mixed.edi");
        assertSameAsStaedi("UTF-8 names", utf8(mixed.replace("TESTPATIENT*JANE", "TESTPATIÑO*JOSÉ")));
        assertSameAsStaedi("BOM and blank lines", utf8("\uFEFF\r\n \n" + mixed));
        assertSameAsStaedi("no line breaks", utf8(mixed.replace("\r\n", "")));
        assertSameAsStaedi("LF only", utf8(mixed.replace("\r\n", "\n")));
        assertSameAsStaedi("CR only", utf8(mixed.replace("\r\n", "\r")));
        assertSameAsStaedi("blank lines between segments", utf8(mixed.replace("~\r\n", "~\r\n\r\n")));
        assertSameAsStaedi("004010, ISA11 U", utf8(mixed.replace("*^*00501*", "*U*00401*")));
        assertSameAsStaedi("line feed as terminator", utf8(mixed.replace("~\r\n", "\n")));
        assertSameAsStaedi("two interchanges, other delimiters in the second", utf8(mixed
                + Fixtures.x12("835-custom-delimiters.edi")));
        assertSameAsStaedi("trailing blanks", utf8(mixed + "\r\n\r\n"));
        assertSameAsStaedi("blanks after terminators", utf8(mixed.replace("~\r\n", "~ \r\n\t ")));
        String isa = mixed.substring(0, 106);
        assertSameAsStaedi("components, repetitions, empty elements", utf8(isa
                + "GS*HP*A*B*20260310*0900*1*X*005010X221A1~ST*835*0001~"
                + "HI*ABK:E119^ABF:I10*ABF::X*:*::*^*^B*A^*A:B^C:D**~"
                + "SV1*HC:99213:25:::*125*UN*1***1:2:3~"
                + "REF*6R~SE*5*0001~GE*1*1~IEA*1*000000301~"));
    }

    @Test
    void read_fileEndingBeforeIea_namesTheMissingIea() {
        String x12 = Fixtures.x12("835-mixed.edi");
        String cut = x12.substring(0, x12.indexOf("IEA*"));
        int segments = Segments.read(x12).size();
        X12FormatException e = assertThrows(X12FormatException.class, () -> Segments.read(cut));
        assertEquals("IEA", e.segmentId());
        assertEquals(segments, e.segmentPosition());
    }

    @Test
    void read_fileEndingInsideASegment_namesIt() {
        String x12 = Fixtures.x12("835-mixed.edi");
        String cut = x12.substring(0, x12.indexOf("CLP*") + 10);
        X12FormatException e = assertThrows(X12FormatException.class, () -> Segments.read(cut));
        assertEquals("CLP", e.segmentId());
        assertEquals(17, e.segmentPosition());
    }

    @Test
    void read_badSegmentIds_areRefusedWithTheirPosition() {
        String x12 = Fixtures.x12("835-mixed.edi");
        for (String bad : new String[] {"TRNX*", "T*", "T-N*", "*"}) {
            X12FormatException e = assertThrows(X12FormatException.class,
                    () -> Segments.read(x12.replace("TRN*", bad)), bad);
            assertEquals(5, e.segmentPosition(), e.getMessage());
            assertTrue(e.getMessage().contains("segment 5"), e.getMessage());
        }
    }

    @Test
    void read_badIsa_isRefusedNamingTheIsa() {
        String x12 = Fixtures.x12("835-mixed.edi");
        String second = x12.replace("IEA*1*000000301~\r\n", "IEA*1*000000301~\r\n" + x12.substring(0, 80));
        for (String bad : new String[] {x12.replace("*:~", "*A~"), x12.replace("*:~", "*:B"),
            x12.replace("*:~", "**~"), x12.replace("*^*00501*", "*~*00501*"), x12.replace("ZZ*ACMEPAYER ", "ZZ*ACMEPAYER"),
            x12.replace("ZZ*ACMEPAYER      *", "ZZ*ACME*PAYER     *"),
            second}) {
            X12FormatException e = assertThrows(X12FormatException.class, () -> Segments.read(bad));
            assertEquals("ISA", e.segmentId(), e.getMessage());
        }
        X12FormatException e = assertThrows(X12FormatException.class, () -> Segments.read(second));
        assertEquals(Segments.read(x12).size() + 1, e.segmentPosition());
    }

    @Test
    void read_anythingButAnIsaAfterTheIea_isRefused() {
        String x12 = Fixtures.x12("835-mixed.edi") + "GS*HP~";
        X12FormatException e = assertThrows(X12FormatException.class, () -> Segments.read(x12));
        assertTrue(e.getMessage().contains("ISA"), e.getMessage());
    }

    @Test
    void read_isaInsideAnInterchange_isRefused() {
        String x12 = Fixtures.x12("835-mixed.edi");
        String nested = x12.replace("TRN*", x12.substring(0, 108) + "TRN*");
        try {
            Segments.read(nested);
            fail("a nested ISA was read");
        } catch (X12FormatException e) {
            assertEquals("ISA", e.segmentId(), e.getMessage());
            assertEquals(5, e.segmentPosition());
        }
    }
}
