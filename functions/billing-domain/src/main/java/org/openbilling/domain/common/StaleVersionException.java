package org.openbilling.domain.common;

/** An aggregate write that lost the race against another write (HTTP 409). */
public class StaleVersionException extends RuntimeException {
    public StaleVersionException(String kind, String id, long expectedVersion) {
        super(kind + " " + id + " is not at version " + expectedVersion + " any more; read it again");
    }

    public StaleVersionException(String message) {
        super(message);
    }
}
