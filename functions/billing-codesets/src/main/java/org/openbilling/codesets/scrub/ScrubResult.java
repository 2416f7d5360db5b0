package org.openbilling.codesets.scrub;

import java.util.List;
import org.openbilling.domain.claim.Warning;
import org.openbilling.domain.common.RuleViolationException;
import org.openbilling.domain.common.Violation;

/**
 * What the scrubber found on one claim: {@code errors} block it (HTTP 422 with all of them), {@code warnings} go on
 * the claim ({@code Claim.warnings}). Both are in claim order: parties, dates, diagnoses, lines, NCCI, MUE, MCE.
 */
public record ScrubResult(List<Violation> errors, List<Warning> warnings) {
    public ScrubResult {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** No errors and no warnings. */
    public boolean isClean() {
        return errors.isEmpty() && warnings.isEmpty();
    }

    /** Throws a {@link RuleViolationException} carrying every error (the web layer answers 422), if there is any. */
    public void throwIfErrors() {
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
    }
}
