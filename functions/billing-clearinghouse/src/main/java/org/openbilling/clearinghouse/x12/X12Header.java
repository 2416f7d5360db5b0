package org.openbilling.clearinghouse.x12;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The envelope of an X12 file, read from its first few kilobytes only (a 50 MB 835 is identified without reading
 * it): ISA sender, receiver, control number and usage indicator, GS functional id and version, and the first ST.
 * A UTF-8 byte order mark, blanks and CR/LF between segments are tolerated, as clearinghouses send them.
 */
public record X12Header(X12FileKind kind, String transactionSet, String version, String senderId, String receiverId,
                        String interchangeControlNumber, String usageIndicator, String functionalId,
                        String groupSenderCode, String groupReceiverCode) {
    /** How much of a file is read to identify it: the ISA is 106 bytes, GS and ST rarely 200 more. */
    public static final int HEAD_BYTES = 4096;
    private static final int ISA_LENGTH = 106;

    /** Identifies the file whose first bytes {@code in} gives (only {@link #HEAD_BYTES} are read). */
    public static X12Header read(InputStream in) {
        try {
            return read(in.readNBytes(HEAD_BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @throws UnreadableFileException when the head is not an X12 interchange with a GS and an ST
     */
    public static X12Header read(byte[] head) {
        int p = 0;
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            p = 3;
        }
        while (p < head.length && blank(head[p])) {
            p++;
        }
        if (head.length - p < ISA_LENGTH || !(upper(head[p]) == 'I' && upper(head[p + 1]) == 'S' && upper(head[p + 2]) == 'A')) {
            throw new UnreadableFileException("not an X12 interchange: the file does not start with a 106-character ISA segment");
        }
        String isaText = new String(head, p, ISA_LENGTH, StandardCharsets.ISO_8859_1);
        char separator = isaText.charAt(3);
        char terminator = isaText.charAt(105);
        String[] isa = isaText.substring(0, 105).split(java.util.regex.Pattern.quote(String.valueOf(separator)), -1);
        if (isa.length != 17 || Character.isLetterOrDigit(separator) || Character.isLetterOrDigit(terminator)
                || separator == terminator) {
            throw new UnreadableFileException("not an X12 interchange: the ISA is not 16 elements with its delimiters");
        }
        List<String[]> segments = new ArrayList<>();
        int at = p + ISA_LENGTH;
        while (segments.size() < 2) {
            while (at < head.length && blank(head[at])) {
                at++;
            }
            int end = at;
            while (end < head.length && head[end] != terminator) {
                end++;
            }
            if (end >= head.length) {
                break;
            }
            segments.add(new String(head, at, end - at, StandardCharsets.ISO_8859_1)
                    .split(java.util.regex.Pattern.quote(String.valueOf(separator)), -1));
            at = end + 1;
        }
        if (segments.size() < 2 || !segments.get(0)[0].equalsIgnoreCase("GS") || !segments.get(1)[0].equalsIgnoreCase("ST")
                || segments.get(0).length < 9 || segments.get(1).length < 3) {
            throw new UnreadableFileException("the interchange does not open with a GS and an ST segment");
        }
        String[] gs = segments.get(0);
        String[] st = segments.get(1);
        String set = st[1].strip();
        String version = st.length > 3 && !st[3].isBlank() ? st[3].strip() : gs[8].strip();
        return new X12Header(kindOf(set, version), set, version, isa[6].strip(), isa[8].strip(), isa[13].strip(),
                isa[15].strip(), gs[1].strip(), gs[2].strip(), gs[3].strip());
    }

    static X12FileKind kindOf(String set, String version) {
        String v = version.toUpperCase(java.util.Locale.ROOT);
        return switch (set) {
            case "999" -> X12FileKind.ACK_999;
            case "835" -> X12FileKind.REMITTANCE_835;
            case "271" -> X12FileKind.ELIGIBILITY_271;
            case "837" -> X12FileKind.CLAIM_837P;
            // both are 277s: the guide tells the claim acknowledgement (X214) from the status answer (X212)
            case "277" -> v.contains("X212") ? X12FileKind.STATUS_277 : X12FileKind.ACK_277CA;
            default -> X12FileKind.OTHER;
        };
    }

    private static boolean blank(byte b) {
        return b == ' ' || b == '\r' || b == '\n' || b == '\t';
    }

    private static int upper(byte b) {
        return b >= 'a' && b <= 'z' ? b - ('a' - 'A') : b;
    }
}
