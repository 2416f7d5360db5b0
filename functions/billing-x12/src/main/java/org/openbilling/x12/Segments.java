package org.openbilling.x12;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads any X12 file into its segments with a byte-level tokenizer of our own: several interchanges, each with
 * the delimiters its ISA declares (element separator at byte 3, repetition separator ISA11 at byte 82 unless it is
 * a letter or digit as in 004010, component separator ISA16 at byte 104, segment terminator at byte 105), CR/LF
 * or nothing between segments. Elements are split into components; of a repeated element only the first
 * occurrence is kept. Nothing is validated beyond what tokenizing needs (envelope counts and control numbers are
 * the readers' {@link EnvelopeCheck}); input that cannot be tokenized is an {@link X12FormatException} naming the
 * segment and its 1-based position.
 *
 * <p>Until 2026-12-04 this ran on StAEDI's {@code EDIStreamReader}, which reads and decodes one byte at a time and
 * topped out below 25 MB per CPU-second; the test {@code SegmentsTest} checks that both give the same segments.
 */
final class Segments {
    /** Byte offsets of the 16 element separators of the fixed-width ISA segment. */
    private static final int[] ISA_SEPARATORS = {3, 6, 17, 20, 31, 34, 50, 53, 69, 76, 81, 83, 89, 99, 101, 103};
    private static final int ISA_LENGTH = 106;

    private Segments() {
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
        return new Tokenizer(data, utf8(data) ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1).read();
    }

    /** One pass over one file. */
    private static final class Tokenizer {
        private final byte[] data;
        private final Charset charset;
        private final List<Segment> segments;
        /** Bytes that end or split an element (separators and terminator of the current interchange). */
        private final boolean[] special = new boolean[256];
        private byte separator;
        private byte component;
        private byte repetition;
        private byte terminator;
        private int p;
        private int position;
        private String[] parts = new String[8];
        private String[][] elements = new String[32][];
        private final String[] tags = new String[64];
        private final int[] tagKeys = new int[64];

        Tokenizer(byte[] data, Charset charset) {
            this.data = data;
            this.charset = charset;
            // sized once from the first ISA's segment terminator: growing a list of some 30,000 segments per MB
            // costs more than this count
            this.segments = new ArrayList<>(count(data, data[ISA_LENGTH - 1]) + 1);
        }

        List<Segment> read() {
            int n = data.length;
            while (true) {
                int isa = readIsa();
                while (true) {
                    if (p >= n) {
                        throw new X12FormatException("IEA", position + 1, "the file ends after segment " + position
                                + ", before the IEA closing the interchange that starts at segment " + isa);
                    }
                    if (readSegment().is("IEA")) {
                        break;
                    }
                }
                while (p < n && blank(data[p])) {
                    p++;
                }
                if (p >= n) {
                    return segments;
                }
            }
        }

        /** The ISA at {@code p}: takes its delimiters, adds it, and returns its position. */
        private int readIsa() {
            int n = data.length;
            int at = position + 1;
            if (n - p < 3 || data[p] != 'I' || data[p + 1] != 'S' || data[p + 2] != 'A') {
                throw new X12FormatException("", at, "segment " + at + " is not an ISA: after an IEA only another "
                        + "interchange (ISA) or the end of the file may follow");
            }
            if (n - p < ISA_LENGTH) {
                throw new X12FormatException("ISA", at, "the ISA is shorter than its " + ISA_LENGTH + " characters");
            }
            byte sep = data[p + 3];
            for (int i = 0, off = 3; off < ISA_LENGTH - 2; off++) {
                boolean fixed = i < ISA_SEPARATORS.length && ISA_SEPARATORS[i] == off;
                if (fixed) {
                    i++;
                }
                if (fixed != (data[p + off] == sep)) {
                    throw new X12FormatException("ISA", at, "the ISA is not " + ISA_LENGTH + " characters of 16 "
                            + "fixed-width elements: " + (fixed ? "no" : "an extra") + " element separator at "
                            + "character " + (off + 1));
                }
            }
            byte rep = data[p + 82];
            byte comp = data[p + 104];
            byte term = data[p + 105];
            checkDelimiter(sep, "element separator", at);
            checkDelimiter(comp, "component separator (ISA16)", at);
            checkDelimiter(term, "segment terminator", at);
            boolean repeats = !alphanumeric(rep); // 004010: ISA11 is a standards id ('U'), not a separator
            if (repeats) {
                checkDelimiter(rep, "repetition separator (ISA11)", at);
            }
            if (sep == comp || sep == term || comp == term
                    || repeats && (rep == sep || rep == comp || rep == term)) {
                throw new X12FormatException("ISA", at, "the ISA declares the same character for two delimiters");
            }
            separator = sep;
            component = comp;
            terminator = term;
            repetition = repeats ? rep : sep; // sep is seen first, so this never splits anything
            Arrays.fill(special, false);
            special[sep & 0xFF] = true;
            special[comp & 0xFF] = true;
            special[term & 0xFF] = true;
            special[repetition & 0xFF] = true;

            String[][] isa = new String[17][];
            for (int i = 0; i < 16; i++) {
                int from = p + ISA_SEPARATORS[i] + 1;
                int to = i < 15 ? p + ISA_SEPARATORS[i + 1] : p + 105;
                isa[i + 1] = new String[] {new String(data, from, to - from, charset)};
            }
            position = at;
            segments.add(new Segment("ISA", at, isa));
            p += ISA_LENGTH;
            skipLineBreaks();
            return at;
        }

        private static void checkDelimiter(byte b, String what, int at) {
            if (alphanumeric(b) || b < 0 || b == ' ') {
                throw new X12FormatException("ISA", at, "the ISA's " + what + " '" + (char) (b & 0xFF)
                        + "' is a letter, digit, blank or non-ASCII character");
            }
        }

        /** The segment at {@code p} (not the first ISA of an interchange), added to the list. */
        private Segment readSegment() {
            byte[] d = data;
            int n = d.length;
            int at = position + 1;
            int start = p;
            int q = p;
            while (q < n && d[q] != separator && d[q] != terminator) {
                q++;
            }
            int length = q - start;
            if (length < 2 || length > 3 || !alphanumeric(d[start]) || !alphanumeric(d[start + 1])
                    || length == 3 && !alphanumeric(d[start + 2])) {
                String text = new String(d, start, Math.min(length, 20), charset);
                throw new X12FormatException("", at, "segment " + at + ": its id '" + text
                        + "' is not 2-3 letters or digits");
            }
            String tag = tag(start, length);
            if (q >= n) {
                throw new X12FormatException(tag, at, "the file ends inside the segment, before its terminator");
            }
            boolean[] sp = special;
            byte sep = separator;
            byte comp = component;
            byte rep = repetition;
            byte term = terminator;
            String[][] els = elements;
            int count = 0;
            while (d[q] == sep) {
                q++;
                int from = q;
                int nParts = 0;
                boolean repeated = false;
                while (true) {
                    if (q >= n) {
                        throw new X12FormatException(tag, at, "the file ends inside the segment, before its "
                                + "terminator");
                    }
                    byte b = d[q];
                    if (!sp[b & 0xFF]) {
                        q++;
                    } else if (b == sep || b == term) {
                        break;
                    } else if (repeated) {
                        q++; // repetitions after the first: skipped
                    } else if (b == comp) {
                        nParts = part(nParts, from, q);
                        from = ++q;
                    } else { // rep: only the first occurrence is kept
                        nParts = part(nParts, from, q);
                        repeated = true;
                        q++;
                    }
                }
                if (!repeated) {
                    nParts = part(nParts, from, q);
                }
                if (++count >= els.length) {
                    els = elements = Arrays.copyOf(els, els.length * 2);
                }
                els[count] = nParts == 1 ? new String[] {parts[0]} : Arrays.copyOf(parts, nParts);
            }
            // d[q] is the terminator
            String[][] segmentElements = new String[count + 1][];
            System.arraycopy(els, 1, segmentElements, 1, count);
            Segment s = new Segment(tag, at, segmentElements);
            position = at;
            segments.add(s);
            p = q + 1;
            skipLineBreaks();
            if (s.is("ISA")) {
                throw new X12FormatException("ISA", at, "an ISA before the IEA closing the current interchange");
            }
            return s;
        }

        /**
         * The segment id, one String per distinct id in the file: the readers switch on it, and a String reused
         * keeps its hash code instead of hashing a new one for every segment.
         */
        private String tag(int start, int length) {
            byte[] d = data;
            int key = (d[start] & 0xFF) << 16 | (d[start + 1] & 0xFF) << 8 | (length == 3 ? d[start + 2] & 0xFF : 0);
            int slot = (key * 0x9E3779B1) >>> (32 - 6);
            String tag = tags[slot];
            if (tag == null || tagKeys[slot] != key) {
                tag = new String(d, start, length, StandardCharsets.ISO_8859_1);
                tags[slot] = tag;
                tagKeys[slot] = key;
            }
            return tag;
        }

        private int part(int nParts, int from, int to) {
            if (nParts == parts.length) {
                parts = Arrays.copyOf(parts, nParts * 2);
            }
            parts[nParts] = new String(data, from, to - from, charset);
            return nParts + 1;
        }

        /** CR, LF, CRLF (and, as StAEDI did, blanks) after a segment terminator. */
        private void skipLineBreaks() {
            while (p < data.length && blank(data[p])) {
                p++;
            }
        }
    }

    private static boolean alphanumeric(byte b) {
        return b >= '0' && b <= '9' || b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z';
    }

    private static boolean blank(byte b) {
        return b == ' ' || b == '\r' || b == '\n' || b == '\t';
    }

    /** How often {@code b} occurs in {@code data} (the readers size their segment list by the terminator's count). */
    static int count(byte[] data, byte b) {
        int n = 0;
        for (byte d : data) {
            if (d == b) {
                n++;
            }
        }
        return n;
    }

    /**
     * Strips a byte-order mark and leading blanks, and upper-cases a file whose ISA is in lower case (segment ids
     * and all); X12 codes and our ids are upper case, so nothing the readers use is lost.
     */
    static byte[] normalize(byte[] x12) {
        int start = 0;
        if (x12.length >= 3 && (x12[0] & 0xFF) == 0xEF && (x12[1] & 0xFF) == 0xBB && (x12[2] & 0xFF) == 0xBF) {
            start = 3;
        }
        while (start < x12.length && blank(x12[start])) {
            start++;
        }
        if (x12.length - start < ISA_LENGTH) {
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
     * Whether to decode as UTF-8: only when there is anything beyond ASCII; the usual all-ASCII file decodes as
     * ISO-8859-1, exactly as UTF-8 would and faster.
     */
    static boolean utf8(byte[] data) {
        for (byte b : data) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }
}
