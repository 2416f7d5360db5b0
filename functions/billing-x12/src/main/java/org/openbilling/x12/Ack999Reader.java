package org.openbilling.x12;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads X12 999 implementation acknowledgments (005010X231A1): one {@link Ack999} per AK1. */
public final class Ack999Reader {
    private static final Map<String, String> SEGMENT_ERRORS = Map.ofEntries(
            Map.entry("1", "unrecognized segment ID"), Map.entry("2", "unexpected segment"),
            Map.entry("3", "required segment missing"), Map.entry("4", "loop occurs over maximum times"),
            Map.entry("5", "segment exceeds maximum use"), Map.entry("6", "segment not in defined transaction set"),
            Map.entry("7", "segment not in proper sequence"), Map.entry("8", "segment has data element errors"),
            Map.entry("I4", "implementation \"not used\" segment present"),
            Map.entry("I6", "implementation dependent segment missing"),
            Map.entry("I7", "implementation loop occurs under minimum times"),
            Map.entry("I8", "implementation segment below minimum use"),
            Map.entry("I9", "implementation dependent \"not used\" segment present"));
    private static final Map<String, String> ELEMENT_ERRORS = Map.ofEntries(
            Map.entry("1", "required data element missing"), Map.entry("2", "conditional required data element missing"),
            Map.entry("3", "too many data elements"), Map.entry("4", "data element too short"),
            Map.entry("5", "data element too long"), Map.entry("6", "invalid character in data element"),
            Map.entry("7", "invalid code value"), Map.entry("8", "invalid date"), Map.entry("9", "invalid time"),
            Map.entry("10", "exclusion condition violated"), Map.entry("12", "too many repetitions"),
            Map.entry("13", "too many components"), Map.entry("I6", "code value not used in implementation"),
            Map.entry("I9", "implementation dependent data element missing"),
            Map.entry("I10", "implementation \"not used\" data element present"),
            Map.entry("I11", "implementation too few repetitions"),
            Map.entry("I12", "implementation pattern match failure"),
            Map.entry("I13", "implementation dependent \"not used\" data element present"));

    /** Every 999 in the file, in order. */
    public List<Ack999> read(String x12) {
        return read(Segments.read(x12));
    }

    /** Every 999 in the stream, in order. */
    public List<Ack999> read(InputStream x12) {
        return read(Segments.read(x12));
    }

    private List<Ack999> read(List<Segment> segments) {
        List<Ack999> acks = new ArrayList<>();
        String isa13 = "";
        String sender = "";
        Builder ack = null;
        Tx tx = null;
        String ik3 = null;
        for (Segment s : segments) {
            switch (s.tag()) {
                case "ISA" -> {
                    isa13 = s.el(13).strip();
                    sender = s.el(6).strip();
                }
                case "ST" -> {
                    ack = null;
                    tx = null;
                }
                case "AK1" -> {
                    ack = new Builder(isa13, sender, s.code(1), s.require(2, "group control number"), s.el(3));
                    tx = null;
                }
                case "AK2" -> {
                    requireAck(ack, s);
                    tx = new Tx(s.code(1), s.require(2, "transaction set control number"), s.el(3));
                    ack.transactions.add(tx);
                    ik3 = null;
                }
                case "IK3" -> {
                    requireTx(tx, s);
                    ik3 = s.el(1);
                    String code = s.code(4);
                    tx.errors.add(String.format("segment %s (position %s%s): %s", s.el(1), s.el(2),
                            s.el(3).isEmpty() ? "" : ", loop " + s.el(3), describe(SEGMENT_ERRORS, code)));
                }
                case "IK4" -> {
                    requireTx(tx, s);
                    String element = s.comp(1, 1) + (s.comp(1, 2).isEmpty() ? "" : "-" + s.comp(1, 2));
                    String bad = s.el(4);
                    tx.errors.add(String.format("%selement %s%s: %s%s", ik3 == null ? "" : ik3 + " ",
                            element, s.el(2).isEmpty() ? "" : " (data element " + s.el(2) + ")",
                            describe(ELEMENT_ERRORS, s.code(3)), bad.isEmpty() ? "" : " '" + bad + "'"));
                }
                case "IK5" -> {
                    requireTx(tx, s);
                    tx.code = s.code(1);
                    for (int i = 2; i <= 6; i++) {
                        if (!s.el(i).isEmpty()) {
                            tx.syntaxErrors.add(s.code(i));
                        }
                    }
                }
                case "AK9" -> {
                    requireAck(ack, s);
                    List<String> errors = new ArrayList<>();
                    for (int i = 5; i <= 9; i++) {
                        if (!s.el(i).isEmpty()) {
                            errors.add(s.code(i));
                        }
                    }
                    acks.add(ack.build(s.code(1), errors, count(s, 2), count(s, 3), count(s, 4)));
                    ack = null;
                    tx = null;
                }
                default -> {
                    // CTX context and envelope segments carry nothing we act on
                }
            }
        }
        if (ack != null) {
            throw new X12FormatException("AK9", segments.get(segments.size() - 1).position(),
                    "the 999 for group " + ack.groupControlNumber + " has no AK9");
        }
        // after the content, so that a segment the reader cannot place is named as such, not as a miscount
        EnvelopeCheck.check(segments);
        return acks;
    }

    private static int count(Segment s, int i) {
        String v = s.el(i);
        if (v.isEmpty()) {
            return 0;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw s.error(String.format("AK9%02d is not a count: '%s'", i, v));
        }
    }

    private static String describe(Map<String, String> codes, String code) {
        String d = codes.get(code);
        return d == null ? "error " + code : d + " (" + code + ")";
    }

    private static void requireAck(Builder ack, Segment s) {
        if (ack == null) {
            throw s.error(s.tag() + " outside a 999 (no AK1 before it)");
        }
    }

    private static void requireTx(Tx tx, Segment s) {
        if (tx == null) {
            throw s.error(s.tag() + " outside a transaction set response (no AK2 before it)");
        }
    }

    private static final class Builder {
        final String isa13;
        final String sender;
        final String functionalId;
        final String groupControlNumber;
        final String version;
        final List<Tx> transactions = new ArrayList<>();

        Builder(String isa13, String sender, String functionalId, String groupControlNumber, String version) {
            this.isa13 = isa13;
            this.sender = sender;
            this.functionalId = functionalId;
            this.groupControlNumber = groupControlNumber;
            this.version = version;
        }

        Ack999 build(String code, List<String> errors, int included, int received, int accepted) {
            List<Ack999.TransactionAck> acks = new ArrayList<>();
            for (Tx t : transactions) {
                acks.add(new Ack999.TransactionAck(t.id, t.controlNumber, t.reference, t.code, t.syntaxErrors,
                        t.errors));
            }
            return new Ack999(isa13, sender, functionalId, groupControlNumber, version, code, errors, included,
                    received, accepted, acks);
        }
    }

    private static final class Tx {
        final String id;
        final String controlNumber;
        final String reference;
        String code = "";
        final List<String> syntaxErrors = new ArrayList<>();
        final List<String> errors = new ArrayList<>();

        Tx(String id, String controlNumber, String reference) {
            this.id = id;
            this.controlNumber = controlNumber;
            this.reference = reference;
        }
    }
}
