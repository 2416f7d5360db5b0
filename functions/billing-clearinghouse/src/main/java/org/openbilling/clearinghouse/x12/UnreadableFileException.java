package org.openbilling.clearinghouse.x12;

/** A file that cannot be identified as X12: it is quarantined with this message, never deleted. */
public class UnreadableFileException extends RuntimeException {
    public UnreadableFileException(String message) {
        super(message);
    }
}
