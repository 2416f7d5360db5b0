package org.openbilling.x12;

import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;

/**
 * The thin fluent helpers over StAEDI that the project's X12 writers (837P, 276) write their segments with, beside
 * {@link CheckedOutput} that makes their factory: empty elements are written so that positions stay right (the
 * factory's TRUNCATE_EMPTY_ELEMENTS drops the trailing ones), and the segments of the current transaction set are
 * counted for its SE01.
 */
abstract class SegmentWriter {
    protected final EDIStreamWriter w;
    /** Segments started since the writer last set it to 0 (at ST). */
    protected int segments;

    protected SegmentWriter(EDIStreamWriter w) {
        this.w = w;
    }

    protected final SegmentWriter start(String tag) throws EDIStreamException {
        w.writeStartSegment(tag);
        segments++;
        return this;
    }

    protected final SegmentWriter el(String value) throws EDIStreamException {
        if (value == null || value.isEmpty()) {
            w.writeEmptyElement();
        } else {
            w.writeElement(value);
        }
        return this;
    }

    /** One component of the composite element started with {@code w.writeStartElement()}. */
    protected final void component(String value) throws EDIStreamException {
        if (value == null || value.isEmpty()) {
            w.writeEmptyComponent();
        } else {
            w.writeComponent(value);
        }
    }

    protected final SegmentWriter composite(String... components) throws EDIStreamException {
        w.writeStartElement();
        for (String c : components) {
            component(c);
        }
        w.endElement();
        return this;
    }

    protected final void end() throws EDIStreamException {
        w.writeEndSegment();
    }

    /**
     * ISA, GS and ST of an interchange holding one functional group with one transaction set (as both writers send
     * them); the segment count restarts at ST. Answers ST02, which {@link #closeTransaction} repeats in SE02.
     */
    protected final String openTransaction(Envelope env, ControlNumbers numbers, String date8, String time4,
                                           String functionalId, String transactionSet, String version)
            throws EDIStreamException {
        w.startInterchange();
        start("ISA").el("00").el("          ").el("00").el("          ")
                .el(env.senderQualifier()).el(pad15(env.submitterId())).el(env.receiverQualifier())
                .el(pad15(env.receiverId())).el(date8.substring(2)).el(time4).el("^").el("00501")
                .el(numbers.isa13()).el("0").el(env.usageIndicator()).el(":").end();
        start("GS").el(functionalId).el(env.submitterId().strip()).el(env.receiverId().strip()).el(date8).el(time4)
                .el(numbers.gs06()).el("X").el(version).end();
        segments = 0;
        String st02 = numbers.st02(0);
        start("ST").el(transactionSet).el(st02).el(version).end();
        return st02;
    }

    /** SE (its count includes ST and SE), GE and IEA closing what {@link #openTransaction} opened. */
    protected final void closeTransaction(ControlNumbers numbers, String st02) throws EDIStreamException {
        start("SE");
        el(Integer.toString(segments)).el(st02).end();
        start("GE").el("1").el(numbers.gs06()).end();
        start("IEA").el("1").el(numbers.isa13()).end();
        w.endInterchange();
    }

    /** An interchange id (ISA06, ISA08) padded to its fixed 15 characters. */
    static String pad15(String id) {
        String s = id.strip();
        return s.length() >= 15 ? s : s + " ".repeat(15 - s.length());
    }
}
