package org.openbilling.domain.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Collects every violation of an input so that a client learns all of them in one answer. */
public final class Violations {
    private final List<Violation> found = new ArrayList<>();

    /** Builds a value, recording its failure against {@code field} instead of throwing; null when it failed. */
    public <T> T parse(String field, Supplier<T> parser) {
        try {
            return parser.get();
        } catch (InvalidValueException e) {
            found.add(new Violation(e.rule(), field, e.getMessage()));
            return null;
        }
    }

    /** A required input that is missing. */
    public <T> T required(String field, T value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            found.add(new Violation("required", field, field + " is required"));
        }
        return value;
    }

    public void add(String rule, String field, String message) {
        found.add(new Violation(rule, field, message));
    }

    public void addAll(List<Violation> more) {
        found.addAll(more);
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<Violation> list() {
        return List.copyOf(found);
    }

    /** Throws a {@link RuleViolationException} with everything found, if anything was. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new RuleViolationException(found);
        }
    }
}
