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

    /** An interchange id (ISA06, ISA08) padded to its fixed 15 characters. */
    static String pad15(String id) {
        String s = id.strip();
        return s.length() >= 15 ? s : s + " ".repeat(15 - s.length());
    }
}
