package org.openbilling.x12;

import java.util.List;
import java.util.stream.Collectors;
import org.openbilling.domain.common.RuleViolationException;
import org.openbilling.domain.common.Violation;

/**
 * Output that breaks the 837P implementation schema, or a chain of payers that does not balance: every issue found,
 * so the claim can be fixed at once. A rule violation like any other (HTTP 422), one per issue, named by segment,
 * position and element, so that the web layer needs to know nothing of X12.
 */
public class X12ValidationException extends RuleViolationException {
    public static final String RULE = "x12-837p-invalid";
    /** Enough to act on; the full list is in {@link #issues()}. */
    private static final int MAX_IN_MESSAGE = 20;
    private final List<Issue> issues;

    public X12ValidationException(List<Issue> issues) {
        super("the 837P does not conform to 005010X222A1: "
                + issues.stream().limit(MAX_IN_MESSAGE).map(Issue::toString).collect(Collectors.joining("; "))
                + (issues.size() > MAX_IN_MESSAGE ? "; and " + (issues.size() - MAX_IN_MESSAGE) + " more" : ""),
                issues.stream().map(i -> new Violation(RULE, i.segmentId() + "[" + i.segmentPosition() + "]."
                        + i.elementPosition(), i.error())).toList());
        this.issues = List.copyOf(issues);
    }

    @Override
    public String summary() {
        return "the claim cannot be written as a valid 837P";
    }

    /** The schema violations, in the order they were written. */
    public List<Issue> issues() {
        return issues;
    }

    /** One violation: the segment, its position in the output, the element (and component) and StAEDI's error. */
    public record Issue(String segmentId, int segmentPosition, int elementPosition, int componentPosition,
                        String error, String data) {
        @Override
        public String toString() {
            StringBuilder s = new StringBuilder(segmentId == null ? "?" : segmentId);
            if (elementPosition > 0) {
                s.append(elementPosition < 10 ? "0" : "").append(elementPosition);
                if (componentPosition > 0) {
                    s.append('-').append(componentPosition);
                }
            }
            // position 0: a rule checked before anything was written (a prior payer's balance)
            s.append(segmentPosition > 0 ? " (segment " + segmentPosition + "): " : ": ").append(error);
            if (data != null && !data.isEmpty()) {
                s.append(" '").append(data).append('\'');
            }
            return s.toString();
        }
    }
}
