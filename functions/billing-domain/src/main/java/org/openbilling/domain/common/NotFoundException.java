package org.openbilling.domain.common;

/** A record that does not exist, or belongs to another practice: the two are indistinguishable on purpose. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String kind, String id) {
        super(kind + " " + id + " not found");
    }
}
