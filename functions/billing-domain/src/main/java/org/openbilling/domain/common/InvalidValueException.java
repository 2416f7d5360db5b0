package org.openbilling.domain.common;

/** A value that breaks one of its own rules; {@link #rule()} is the stable id clients see. */
public class InvalidValueException extends IllegalArgumentException {
    private final String rule;

    public InvalidValueException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
