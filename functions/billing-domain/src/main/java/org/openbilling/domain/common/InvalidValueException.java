package org.openbilling.domain.common;

/** A value that breaks one of its own rules; {@link #rule()} is the stable id clients see. */
public class InvalidValueException extends IllegalArgumentException {
    private final String rule;
    private final String field;

    public InvalidValueException(String rule, String message) {
        this(rule, "", message);
    }

    /** @param field where in the input the value stands, when the value knows it (a segment of an X12 file) */
    public InvalidValueException(String rule, String field, String message) {
        super(message);
        this.rule = rule;
        this.field = field == null ? "" : field;
    }

    public String rule() {
        return rule;
    }

    /** Where in the input the value stands; empty when the caller names the field. */
    public String field() {
        return field;
    }
}
