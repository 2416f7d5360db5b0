package org.openbilling.x12;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Every reader refuses a file whose envelope does not add up (trailer counts and control numbers), naming the
 * trailer at fault, for 999, 277CA and 835 alike, and whether read from text or from a stream.
 */
class EnvelopeCheckTest {
    private static final List<Case> READERS = List.of(
            new Case("999-accepted.edi", x -> new Ack999Reader().read(x), x -> new Ack999Reader().read(stream(x))),
            new Case("277ca-mixed.edi", x -> new Ack277CaReader().read(x), x -> new Ack277CaReader().read(stream(x))),
            new Case("835-mixed.edi", x -> new Remittance835Reader().read(x),
                    x -> new Remittance835Reader().read(stream(x))));

    private record Case(String file, Consumer<String> fromText, Consumer<String> fromStream) {
    }

    private static ByteArrayInputStream stream(String x12) {
        return new ByteArrayInputStream(x12.getBytes(StandardCharsets.UTF_8));
    }

    /** Where the first segment {@code tag} starts (after a terminator and any line break). */
    private static int start(String x12, String tag) {
        String[] segments = x12.split("~");
        int at = 0;
        for (String s : segments) {
            String stripped = s.stripLeading();
            if (stripped.startsWith(tag + "*")) {
                return at + (s.length() - stripped.length());
            }
            at += s.length() + 1;
        }
        throw new AssertionError("no " + tag);
    }

    /** The file with its first segment {@code tag} replaced by {@code replacement}. */
    private static String with(String x12, String tag, String replacement) {
        int at = start(x12, tag);
        return x12.substring(0, at) + replacement + x12.substring(x12.indexOf('~', at));
    }

    private static String element(String x12, String tag, int i) {
        int at = start(x12, tag);
        return x12.substring(at, x12.indexOf('~', at)).split("\\*")[i];
    }

    /** The 1-based position of the first segment {@code tag}. */
    private static int position(String x12, String tag) {
        return (int) x12.substring(0, start(x12, tag)).chars().filter(c -> c == '~').count() + 1;
    }

    private static void assertRefused(Case c, String x12, String segment, String words) {
        for (Consumer<String> read : List.of(c.fromText(), c.fromStream())) {
            X12FormatException e = assertThrows(X12FormatException.class, () -> read.accept(x12), c.file() + ": " + words);
            assertEquals(segment, e.segmentId(), e.getMessage());
            assertEquals(position(x12, segment), e.segmentPosition(), e.getMessage());
            assertTrue(e.getMessage().contains(words), e.getMessage());
        }
    }

    @Test
    void read_corpusWithConsistentEnvelopes_isAccepted() {
        for (Case c : READERS) {
            String x12 = Fixtures.x12(c.file());
            assertDoesNotThrow(() -> c.fromText().accept(x12), c.file());
            assertDoesNotThrow(() -> c.fromStream().accept(x12), c.file());
        }
        assertFalse(new Remittance835Reader().read(Fixtures.x12("835-multiple.edi")).isEmpty());
        assertFalse(new Remittance835Reader().read(Fixtures.x12("835-custom-delimiters.edi")).isEmpty());
        assertFalse(new Remittance835Reader().read(Fixtures.large835(200_000)).isEmpty(), "the benchmark input");
    }

    @Test
    void read_wrongSegmentCountInSe_isRefusedNamingTheSe() {
        for (Case c : READERS) {
            String x12 = Fixtures.x12(c.file());
            int count = Integer.parseInt(element(x12, "SE", 1));
            assertRefused(c, with(x12, "SE", "SE*" + (count + 1) + "*0001"), "SE", "SE01 says " + (count + 1));
            assertRefused(c, with(x12, "SE", "SE*" + (count - 1) + "*0001"), "SE", "SE01 says " + (count - 1));
            assertRefused(c, with(x12, "SE", "SE*X*0001"), "SE", "not a number");
        }
    }

    @Test
    void read_seControlNumberOtherThanSt02_isRefusedNamingTheSe() {
        for (Case c : READERS) {
            String x12 = Fixtures.x12(c.file());
            assertRefused(c, with(x12, "SE", "SE*" + element(x12, "SE", 1) + "*0002"), "SE", "SE02 '0002'");
        }
    }

    @Test
    void read_wrongGroupCountOrControlNumber_isRefusedNamingTheGe() {
        for (Case c : READERS) {
            String x12 = Fixtures.x12(c.file());
            String ge02 = element(x12, "GE", 2);
            assertRefused(c, with(x12, "GE", "GE*2*" + ge02), "GE", "GE01 says 2");
            assertRefused(c, with(x12, "GE", "GE*1*" + (Integer.parseInt(ge02) + 1)), "GE", "GE02");
        }
    }

    @Test
    void read_wrongInterchangeCountOrControlNumber_isRefusedNamingTheIea() {
        for (Case c : READERS) {
            String x12 = Fixtures.x12(c.file());
            String iea02 = element(x12, "IEA", 2);
            assertRefused(c, with(x12, "IEA", "IEA*2*" + iea02), "IEA", "IEA01 says 2");
            assertRefused(c, with(x12, "IEA", "IEA*1*000000999"), "IEA", "ISA13");
        }
    }

    @Test
    void read_missingTrailers_isRefusedNamingWhereTheyWereDue() {
        for (Case c : READERS) {
            String x12 = Fixtures.x12(c.file());
            String noSe = with(x12, "SE", "NTE*ADD*A LOST SE");
            X12FormatException e = assertThrows(X12FormatException.class, () -> c.fromText().accept(noSe));
            // the 835 reader notices the missing SE itself, at the IEA; the envelope check at the GE
            assertTrue(e.segmentId().equals("GE") || e.segmentId().equals("IEA"), e.getMessage());
            assertTrue(e.getMessage().contains("no SE"), e.getMessage());
            String noGe = with(x12, "GE", "NTE*ADD*A LOST GE");
            e = assertThrows(X12FormatException.class, () -> c.fromText().accept(noGe));
            assertEquals("NTE", e.segmentId(), e.getMessage());
        }
    }

    @Test
    void read_controlNumbersWithOtherLeadingZeros_areTheSameNumber() {
        String x12 = Fixtures.x12("999-accepted.edi");
        String padded = with(with(x12, "GE", "GE*1*000901"), "IEA", "IEA*1*101");
        assertEquals(1, new Ack999Reader().read(padded).size());
    }

    @Test
    void read_secondInterchangeWithWrongCount_isRefused() {
        String first = Fixtures.x12("835-mixed.edi");
        String second = Fixtures.x12("835-custom-delimiters.edi");
        String seOfSecond = second.substring(second.indexOf("SE|"), second.indexOf('!', second.indexOf("SE|")));
        String broken = first + second.replace(seOfSecond, seOfSecond.replaceFirst("SE\\|\\d+", "SE|1"));
        X12FormatException e = assertThrows(X12FormatException.class, () -> new Remittance835Reader().read(broken));
        assertEquals("SE", e.segmentId());
        assertTrue(e.segmentPosition() > first.chars().filter(ch -> ch == '~').count(), e.getMessage());
    }
}
