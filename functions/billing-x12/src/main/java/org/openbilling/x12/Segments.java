package org.openbilling.x12;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads any X12 file into its segments with StAEDI: several interchanges, any delimiters (taken from ISA), line
 * breaks or none between segments. Control-structure findings (wrong counts, short ids) are tolerated, because
 * real clearinghouse files have them and the business content is still good; a file StAEDI cannot tokenize is an
 * {@link X12FormatException}.
 */
final class Segments {
    private static final EDIInputFactory FACTORY = newFactory();

    private Segments() {
    }

    private static EDIInputFactory newFactory() {
        EDIInputFactory f = EDIInputFactory.newFactory();
        // envelope findings (counts, id lengths) are tolerated anyway; skipping the check makes reading faster
        f.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, false);
        return f;
    }

    static List<Segment> read(String x12) {
        if (x12 == null) {
            throw new X12FormatException("", 0, "no X12 input");
        }
        return read(x12.getBytes(StandardCharsets.UTF_8));
    }

    static List<Segment> read(InputStream in) {
        try {
            return read(in.readAllBytes());
        } catch (IOException e) {
            throw new X12FormatException("", 0, "cannot read the X12 input: " + e.getMessage(), e);
        }
    }

    static List<Segment> read(byte[] x12) {
        byte[] data = normalize(x12);
        // sized once from the ISA's segment terminator: growing a list of some 30,000 segments per MB costs more
        // than this count
        List<Segment> segments = new ArrayList<>(count(data, data[105]) + 1);
        int position = 0;
        String tag = null;
        String[][] elements = new String[32][];
        int count = 0;
        try (EDIStreamReader r = FACTORY.createEDIStreamReader(new Bytes(data), encoding(data))) {
            while (r.hasNext()) {
                EDIStreamEvent event = r.next();
                switch (event) {
                    case START_SEGMENT -> {
                        tag = r.getText();
                        position++;
                        count = 0;
                    }
                    case ELEMENT_DATA -> {
                        Location l = r.getLocation();
                        if (l.getElementOccurrence() > 1) {
                            break; // repetitions: the readers use only the first occurrence
                        }
                        int e = l.getElementPosition();
                        if (e >= elements.length) {
                            elements = Arrays.copyOf(elements, e * 2);
                        }
                        for (int i = count + 1; i < e; i++) {
                            elements[i] = null;
                        }
                        int c = l.getComponentPosition();
                        String text = r.getText();
                        if (c <= 1) {
                            elements[e] = new String[] {text};
                        } else {
                            String[] components = elements[e];
                            int had = components == null ? 0 : components.length;
                            components = components == null ? new String[c] : Arrays.copyOf(components, c);
                            for (int k = had; k < c - 1; k++) {
                                components[k] = "";
                            }
                            components[c - 1] = text;
                            elements[e] = components;
                        }
                        count = Math.max(count, e);
                    }
                    case END_SEGMENT -> {
                        segments.add(new Segment(tag, position, Arrays.copyOf(elements, count + 1)));
                        tag = null;
                    }
                    default -> {
                        // loops, groups and control-structure findings carry nothing the readers need
                    }
                }
            }
        } catch (EDIStreamException | IOException | RuntimeException e) {
            // StAEDI signals a broken file with its own exceptions (and, on some inputs, unchecked ones)
            String at = tag != null ? tag : "";
            int pos = tag != null ? position : position + 1;
            throw new X12FormatException(at, pos, "malformed X12 after " + position + " readable segment(s): "
                    + rootMessage(e), e);
        }
        if (segments.isEmpty()) {
            throw new X12FormatException("", 0, "no X12 segments in the input");
        }
        return segments;
    }

    private static int count(byte[] data, byte b) {
        int n = 0;
        for (byte d : data) {
            if (d == b) {
                n++;
            }
        }
        return n;
    }

    /**
     * The input as StAEDI reads it, one byte per call: {@link java.io.ByteArrayInputStream#read()} takes a lock on
     * every byte, this does not (one reader, one thread).
     */
    private static final class Bytes extends InputStream {
        private final byte[] data;
        private int next;

        Bytes(byte[] data) {
            this.data = data;
        }

        @Override
        public int read() {
            return next < data.length ? data[next++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (next >= data.length) {
                return -1;
            }
            int n = Math.min(len, data.length - next);
            System.arraycopy(data, next, b, off, n);
            next += n;
            return n;
        }

        @Override
        public int available() {
            return data.length - next;
        }
    }

    /**
     * Strips a byte-order mark and leading blanks, and upper-cases a file whose segment ids are in lower case
     * (StAEDI only recognises "ISA"); X12 codes and our ids are upper case, so nothing the readers use is lost.
     */
    private static byte[] normalize(byte[] x12) {
        int start = 0;
        if (x12.length >= 3 && (x12[0] & 0xFF) == 0xEF && (x12[1] & 0xFF) == 0xBB && (x12[2] & 0xFF) == 0xBF) {
            start = 3;
        }
        while (start < x12.length && (x12[start] == ' ' || x12[start] == '\r' || x12[start] == '\n'
                || x12[start] == '\t')) {
            start++;
        }
        if (x12.length - start < 106) {
            throw new X12FormatException("", 0, "not an X12 interchange: it must start with a 106-character ISA segment");
        }
        boolean isa = x12[start] == 'I' && x12[start + 1] == 'S' && x12[start + 2] == 'A';
        boolean lowerIsa = x12[start] == 'i' && x12[start + 1] == 's' && x12[start + 2] == 'a';
        if (!isa && !lowerIsa) {
            throw new X12FormatException("", 0, "not an X12 interchange: it must start with ISA");
        }
        if (isa && start == 0) {
            return x12;
        }
        byte[] data = Arrays.copyOfRange(x12, start, x12.length);
        if (lowerIsa) {
            // ASCII letters only: bytes of UTF-8 sequences must stay as they are
            for (int i = 0; i < data.length; i++) {
                if (data[i] >= 'a' && data[i] <= 'z') {
                    data[i] = (byte) (data[i] - ('a' - 'A'));
                }
            }
        }
        return data;
    }

    /**
     * ISO-8859-1 for the usual all-ASCII file (it decodes ASCII exactly as UTF-8 does, and StAEDI decodes it
     * markedly faster), UTF-8 when there is anything beyond ASCII.
     */
    private static String encoding(byte[] data) {
        for (byte b : data) {
            if (b < 0) {
                return "UTF-8";
            }
        }
        return "ISO-8859-1";
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m;
    }
}
