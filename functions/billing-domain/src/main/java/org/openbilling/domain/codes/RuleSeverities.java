package org.openbilling.domain.codes;

/**
 * The seam through which a practice raises or lowers a preset rule: given a rule id and its preset severity, the
 * severity to report it with, or null to not report it. Today the presets apply ({@link #PRESET}); the practices' own
 * rules (a later issue) plug in here.
 */
@FunctionalInterface
public interface RuleSeverities {
    RuleSeverities PRESET = (rule, preset) -> preset;

    CodeIssue.Severity severity(String rule, CodeIssue.Severity preset);
}
