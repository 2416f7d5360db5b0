package org.openbilling.x12;

/** X12 input that cannot be read: names the offending segment and its 1-based position in the file. */
public class X12FormatException extends RuntimeException {
    private final String segmentId;
    private final int segmentPosition;

    public X12FormatException(String segmentId, int segmentPosition, String message) {
        super(format(segmentId, segmentPosition, message));
        this.segmentId = segmentId == null ? "" : segmentId;
        this.segmentPosition = segmentPosition;
    }

    public X12FormatException(String segmentId, int segmentPosition, String message, Throwable cause) {
        super(format(segmentId, segmentPosition, message), cause);
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

    private static String format(String segmentId, int position, String message) {
        if (segmentId == null || segmentId.isEmpty()) {
            return message;
        }
        return "segment " + segmentId + " (segment " + position + "): " + message;
    }
}
