package org.openbilling.contract.mapping;

import org.openbilling.contract.SubmissionAnswer;
import org.openbilling.domain.submission.Submission;

/** The one place where a domain {@link Submission} becomes its public answer. */
public final class SubmissionAnswers {
    private SubmissionAnswers() {
    }

    public static SubmissionAnswer of(Submission s) {
        Submission.ControlNumbers n = s.controlNumbers();
        return new SubmissionAnswer(Wire.text(s.id()), Wire.text(s.practiceId()), Wire.each(s.claimIds(), Wire::text),
                Wire.each(s.voidClaimIds(), Wire::text),
                n == null ? null : new SubmissionAnswer.ControlNumbers(n.interchange(), n.group(), n.transactions()),
                s.x12(), s.createdAt(), s.actor());
    }
}
