package org.openbilling.x12;

import java.util.List;

/**
 * The envelope rules every reader applies before it reads a file's content: transaction sets (ST/SE) inside
 * functional groups (GS/GE) inside interchanges (ISA/IEA), each trailer counting what it closes and repeating its
 * header's control number (SE01 segments from ST to SE, SE02 = ST02; GE01 transaction sets, GE02 = GS06; IEA01
 * groups, IEA02 = ISA13). A count that does not match means segments were lost or added on the way, so the file is
 * refused as a whole, naming the trailer at fault, rather than posted in part. The tokenizer ({@link Segments})
 * already guarantees that every ISA has its IEA.
 */
final class EnvelopeCheck {
    private EnvelopeCheck() {
    }

    /**
     * @throws X12FormatException naming the first segment that breaks an envelope rule
     */
    static void check(List<Segment> segments) {
        String isa13 = null;
        int groups = 0;
        Segment gs = null;
        int sets = 0;
        Segment st = null;
        int count = 0;
        for (int i = 0, n = segments.size(); i < n; i++) {
            Segment s = segments.get(i);
            switch (s.tag()) {
                case "ISA" -> {
                    isa13 = s.el(13).strip();
                    groups = 0;
                }
                case "GS" -> {
                    if (st != null || gs != null) {
                        throw unclosed(s, st, gs);
                    }
                    gs = s;
                    groups++;
                    sets = 0;
                }
                case "ST" -> {
                    if (gs == null || st != null) {
                        throw st != null ? unclosed(s, st, null)
                                : s.error("a transaction set (ST) outside a functional group (GS ... GE)");
                    }
                    st = s;
                    sets++;
                    count = 1;
                }
                case "SE" -> {
                    if (st == null) {
                        throw s.error("an SE without the ST that opens its transaction set");
                    }
                    count++;
                    int said = count(s, 1, "SE01 (number of segments)");
                    if (said != count) {
                        throw s.error("SE01 says " + said + " segments, but the transaction set from its ST (segment "
                                + st.position() + ") to this SE has " + count);
                    }
                    if (!s.el(2).strip().equals(st.el(2).strip())) {
                        throw s.error("SE02 '" + s.el(2) + "' is not the control number of its ST (ST02 '" + st.el(2)
                                + "', segment " + st.position() + ")");
                    }
                    st = null;
                }
                case "GE" -> {
                    if (st != null || gs == null) {
                        throw st != null ? unclosed(s, st, null)
                                : s.error("a GE without the GS that opens its functional group");
                    }
                    int said = count(s, 1, "GE01 (number of transaction sets)");
                    if (said != sets) {
                        throw s.error("GE01 says " + said + " transaction sets, but the group from its GS (segment "
                                + gs.position() + ") holds " + sets);
                    }
                    if (!sameControlNumber(s.el(2), gs.el(6))) {
                        throw s.error("GE02 '" + s.el(2) + "' is not the control number of its GS (GS06 '" + gs.el(6)
                                + "', segment " + gs.position() + ")");
                    }
                    gs = null;
                }
                case "IEA" -> {
                    if (st != null || gs != null) {
                        throw unclosed(s, st, gs);
                    }
                    int said = count(s, 1, "IEA01 (number of functional groups)");
                    if (said != groups) {
                        throw s.error("IEA01 says " + said + " functional groups, but the interchange holds " + groups);
                    }
                    if (!sameControlNumber(s.el(2), isa13)) {
                        throw s.error("IEA02 '" + s.el(2) + "' is not the control number of its ISA (ISA13 '" + isa13
                                + "')");
                    }
                }
                default -> {
                    if (st != null) {
                        count++;
                    } else if (!s.is("TA1")) {
                        // TA1 (an interchange acknowledgment) is the one segment allowed outside a group
                        throw s.error("a segment outside any transaction set (ST ... SE)");
                    }
                }
            }
        }
    }

    /** The trailer that should have come before {@code s}: the SE of {@code st}, else the GE of {@code gs}. */
    private static X12FormatException unclosed(Segment s, Segment st, Segment gs) {
        if (st != null) {
            return s.error("the transaction set that starts at segment " + st.position() + " (ST) has no SE before this "
                    + s.tag());
        }
        return s.error("the functional group that starts at segment " + gs.position() + " (GS) has no GE before this "
                + s.tag());
    }

    private static int count(Segment s, int element, String what) {
        String v = s.el(element).strip();
        if (v.isEmpty() || v.length() > 9 || !v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw s.error(what + " is not a number: '" + v + "'");
        }
        return Integer.parseInt(v);
    }

    /**
     * GS06/GE02 and ISA13/IEA02 are numbers (N0), so leading zeros do not count ({@code 000000101} is 101); anything
     * else must match as written.
     */
    private static boolean sameControlNumber(String trailer, String header) {
        String a = trailer.strip();
        String b = header == null ? "" : header.strip();
        if (a.equals(b)) {
            return true;
        }
        return !a.isEmpty() && !b.isEmpty() && a.length() <= 9 && b.length() <= 9
                && a.chars().allMatch(c -> c >= '0' && c <= '9') && b.chars().allMatch(c -> c >= '0' && c <= '9')
                && Integer.parseInt(a) == Integer.parseInt(b);
    }
}
