package org.openbilling.domain.codes;

/** One finding about a code: an ERROR makes it unusable on a claim, a WARNING does not. */
public record CodeIssue(Severity severity, String rule, String message) {
    public enum Severity { ERROR, WARNING }

    public static CodeIssue error(String rule, String message) {
        return new CodeIssue(Severity.ERROR, rule, message);
    }

    public static CodeIssue warning(String rule, String message) {
        return new CodeIssue(Severity.WARNING, rule, message);
    }
}
