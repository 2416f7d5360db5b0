package org.openbilling.web;

import jakarta.enterprise.context.ApplicationScoped;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.common.RuleViolationException;
import org.openbilling.domain.practice.PracticeSettings;
import org.openbilling.dynamodb.practice.PracticeRepository;
import org.openbilling.x12.Envelope;

/** The 837P envelope of a practice from its settings: no X12 leaves before an admin set submitter and receiver. */
@ApplicationScoped
public class X12Envelopes {
    public static final String RULE_SETTINGS_INCOMPLETE = "practice-settings-incomplete";
    private final PracticeRepository practices;

    public X12Envelopes(PracticeRepository practices) {
        this.practices = practices;
    }

    /** @throws RuleViolationException 422 {@code practice-settings-incomplete} until the settings are complete */
    public Envelope of(PracticeId practice) {
        PracticeSettings settings = practices.find(practice);
        if (!settings.readyForX12()) {
            throw new RuleViolationException(RULE_SETTINGS_INCOMPLETE, "practice.settings",
                    "an admin must set the X12 submitter and receiver (PUT /practice/settings) before any X12 leaves");
        }
        PracticeSettings.Contact c = settings.submitterContact();
        return Envelope.of(settings.submitterId(), settings.submitterName(),
                new Envelope.Contact(c.name(), c.phone(), c.email()), settings.receiverId(), settings.receiverName(),
                settings.usageIndicator());
    }
}
