package org.openbilling.domain.common;

import java.util.Objects;

/** One failed rule on one input field: {@code rule} is a stable kebab-case id, {@code field} the input path. */
public record Violation(String rule, String field, String message) {
    public Violation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }
}
