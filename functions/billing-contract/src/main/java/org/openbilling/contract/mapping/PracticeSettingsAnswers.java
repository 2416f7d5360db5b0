package org.openbilling.contract.mapping;

import org.openbilling.contract.PracticeSettingsAnswer;
import org.openbilling.domain.practice.PracticeSettings;

/** The one place where a practice's {@link PracticeSettings} become their public answer (the zone by its name). */
public final class PracticeSettingsAnswers {
    private PracticeSettingsAnswers() {
    }

    public static PracticeSettingsAnswer of(PracticeSettings s) {
        PracticeSettings.Contact c = s.submitterContact();
        return new PracticeSettingsAnswer(Wire.text(s.practiceId()), s.submitterId(), s.submitterName(),
                c == null ? null : new PracticeSettingsAnswer.Contact(c.name(), c.phone(), c.email()), s.receiverId(),
                s.receiverName(), s.usageIndicator(), s.timeZone() == null ? null : s.timeZone().getId(),
                s.statementDueDays(), s.version());
    }
}
