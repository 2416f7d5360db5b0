package org.openbilling.x12;

import org.openbilling.domain.common.InvalidValueException;

/**
 * X12 input that cannot be read: names the offending segment and its 1-based position in the file. An invalid value
 * (HTTP 400) whose field is that segment and position; the message names segment and position only, X12 data is never
 * echoed beyond the reader's own words.
 */
public class X12FormatException extends InvalidValueException {
    public static final String RULE = "x12-malformed";
    private final String segmentId;
    private final int segmentPosition;

    public X12FormatException(String segmentId, int segmentPosition, String message) {
        super(RULE, field(segmentId, segmentPosition), format(segmentId, segmentPosition, message));
        this.segmentId = segmentId == null ? "" : segmentId;
        this.segmentPosition = segmentPosition;
    }

    public X12FormatException(String segmentId, int segmentPosition, String message, Throwable cause) {
        super(RULE, field(segmentId, segmentPosition), format(segmentId, segmentPosition, message));
        initCause(cause);
        this.segmentId = segmentId == null ? "" : segmentId;
        this.segmentPosition = segmentPosition;
    }

    /** The id of the segment at fault (e.g. {@code CLP}); empty when the input has no readable segment. */
    public String segmentId() {
        return segmentId;
    }

    /** The 1-based position of the segment in the file; 0 when the input has no readable segment. */
    public int segmentPosition() {
        return segmentPosition;
    }

    /** The segment and its position; where the input ended before a segment could be read, only the position. */
    private static String field(String segmentId, int position) {
        return segmentId != null && !segmentId.isEmpty() ? segmentId + "[" + position + "]"
                : position > 0 ? "segment[" + position + "]" : "x12";
    }

    private static String format(String segmentId, int position, String message) {
        if (segmentId == null || segmentId.isEmpty()) {
            return message;
        }
        return "segment " + segmentId + " (segment " + position + "): " + message;
    }
}
