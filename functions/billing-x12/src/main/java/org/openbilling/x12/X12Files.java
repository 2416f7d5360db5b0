package org.openbilling.x12;

import java.util.ArrayList;
import java.util.List;

/** What an X12 file holds, before choosing a reader: its transaction sets (ST01) and where they start. */
public final class X12Files {
    private X12Files() {
    }

    /** One transaction set: its identifier (ST01, e.g. {@code 999}, {@code 277}, {@code 835}) and the ST's position. */
    public record TransactionSet(String id, String implementationReference, int position) {
    }

    /**
     * The transaction sets of the file, in order.
     *
     * @throws X12FormatException when the input is not readable X12, or holds no transaction set
     */
    public static List<TransactionSet> transactionSets(byte[] x12) {
        List<Segment> segments = Segments.read(x12);
        List<TransactionSet> out = new ArrayList<>();
        for (Segment s : segments) {
            if (s.tag().equals("ST")) {
                out.add(new TransactionSet(s.code(1), s.el(3), s.position()));
            }
        }
        if (out.isEmpty()) {
            Segment last = segments.get(segments.size() - 1);
            throw new X12FormatException(last.tag(), last.position(), "the interchange holds no transaction set (ST)");
        }
        return out;
    }
}
