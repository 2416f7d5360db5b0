package org.openbilling.x12;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.Location;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The read path as it was up to 2026-12-04, on StAEDI's {@code EDIStreamReader} (validation off), kept in test
 * scope only as the reference that {@link Segments}' own tokenizer is compared with ({@code SegmentsTest}).
 */
final class StaediSegments {
    private static final EDIInputFactory FACTORY = newFactory();

    private StaediSegments() {
    }

    private static EDIInputFactory newFactory() {
        EDIInputFactory f = EDIInputFactory.newFactory();
        // envelope findings (counts, id lengths) are tolerated anyway; skipping the check makes reading faster
        f.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, false);
        return f;
    }

    static List<Segment> read(byte[] x12) {
        byte[] data = Segments.normalize(x12);
        // sized once from the ISA's segment terminator: growing a list of some 30,000 segments per MB costs more
        // than this count
        List<Segment> segments = new ArrayList<>(Segments.count(data, data[105]) + 1);
        int position = 0;
        String tag = null;
        String[][] elements = new String[32][];
        int count = 0;
        try (EDIStreamReader r = FACTORY.createEDIStreamReader(new Bytes(data), Segments.utf8(data) ? "UTF-8" : "ISO-8859-1")) {
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

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m;
    }
}
