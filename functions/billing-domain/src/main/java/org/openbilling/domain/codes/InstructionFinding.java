package org.openbilling.domain.codes;

/**
 * One Tabular instruction a list of diagnoses does not follow: its rule id, severity, the diagnosis it is reported at
 * (index in the list), the code and the other code involved ({@code otherCode} may be null), the instruction's text as
 * the Tabular writes it, and a message that says all of it.
 */
public record InstructionFinding(String rule, CodeIssue.Severity severity, int diagnosis, String code, String otherCode, String note,
                                 String message) {
}
