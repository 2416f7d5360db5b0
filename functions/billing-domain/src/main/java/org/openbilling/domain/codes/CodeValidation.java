package org.openbilling.domain.codes;

import java.util.List;

/**
 * The verdict on one code for one date of service. {@code valid}: the code exists in the edition in force;
 * {@code billable}: it may be reported on a claim. {@code edition} names the code-set edition that judged it.
 */
public record CodeValidation(CodeSystem system, String code, String normalized, boolean valid, boolean billable,
                             String display, String edition, List<CodeIssue> issues, List<Code> suggestions) {
    public CodeValidation {
        issues = List.copyOf(issues);
        suggestions = List.copyOf(suggestions);
    }

    public boolean hasErrors() {
        return issues.stream().anyMatch(i -> i.severity() == CodeIssue.Severity.ERROR);
    }
}
