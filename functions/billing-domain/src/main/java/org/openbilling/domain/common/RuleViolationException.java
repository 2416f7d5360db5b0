package org.openbilling.domain.common;

import java.util.List;

/** Input that is well formed but rejected by one or more rules (HTTP 422); carries every violation at once. */
public class RuleViolationException extends RuntimeException {
    private final List<Violation> violations;

    public RuleViolationException(List<Violation> violations) {
        super(violations.isEmpty() ? "rejected" : violations.get(0).rule() + ": " + violations.get(0).message());
        this.violations = List.copyOf(violations);
    }

    public RuleViolationException(String rule, String field, String message) {
        this(List.of(new Violation(rule, field, message)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
