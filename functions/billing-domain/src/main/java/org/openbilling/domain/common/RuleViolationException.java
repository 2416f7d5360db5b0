package org.openbilling.domain.common;

import java.util.List;

/** Input that is well formed but rejected by one or more rules (HTTP 422); carries every violation at once. */
public class RuleViolationException extends RuntimeException {
    private final List<Violation> violations;

    public RuleViolationException(List<Violation> violations) {
        this(violations.isEmpty() ? "rejected" : violations.get(0).rule() + ": " + violations.get(0).message(), violations);
    }

    public RuleViolationException(String rule, String field, String message) {
        this(List.of(new Violation(rule, field, message)));
    }

    /** For a kind of rejection whose message says more than its first violation. */
    protected RuleViolationException(String message, List<Violation> violations) {
        super(message);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    /** One line over all violations, for the person who sent the input (a problem's detail). */
    public String summary() {
        return violations.size() + " rule(s) failed";
    }
}
