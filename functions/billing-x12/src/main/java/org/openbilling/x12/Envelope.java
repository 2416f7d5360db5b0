package org.openbilling.x12;

import java.util.Objects;
import org.openbilling.domain.common.RuleViolationException;
import org.openbilling.domain.practice.PracticeSettings;

/**
 * Who sends an 837P to whom: the practice's submitter (ISA06, GS02, 1000A) and the clearinghouse or payer
 * receiving it (ISA08, GS03, 1000B), with the interchange id qualifiers and the test/production flag (ISA15).
 */
public record Envelope(String submitterId, String submitterName, Contact submitterContact, String receiverId,
                       String receiverName, String senderQualifier, String receiverQualifier, String usageIndicator) {
    public static final String RULE_SETTINGS_INCOMPLETE = "practice-settings-incomplete";

    /** The person a receiver calls about a rejected batch (1000A PER): a name and a phone number or an email. */
    public record Contact(String name, String phone, String email) {
        public Contact {
            if (isBlank(phone) && isBlank(email)) {
                throw new IllegalArgumentException("a submitter contact needs a phone number or an email");
            }
        }
    }

    public Envelope {
        requireText(submitterId, "submitterId", 15);
        requireText(submitterName, "submitterName", 60);
        Objects.requireNonNull(submitterContact, "submitterContact");
        requireText(receiverId, "receiverId", 15);
        requireText(receiverName, "receiverName", 60);
        senderQualifier = isBlank(senderQualifier) ? "ZZ" : senderQualifier.strip();
        receiverQualifier = isBlank(receiverQualifier) ? "ZZ" : receiverQualifier.strip();
        // production by default: a test flag sent to a production gateway is silently dropped by many payers
        usageIndicator = isBlank(usageIndicator) ? "P" : usageIndicator.strip();
        if (!usageIndicator.equals("T") && !usageIndicator.equals("P")) {
            throw new IllegalArgumentException("usageIndicator is T (test) or P (production)");
        }
    }

    /** Settings with the usual "ZZ" (mutually defined) id qualifiers. */
    public static Envelope of(String submitterId, String submitterName, Contact contact, String receiverId,
                              String receiverName, String usageIndicator) {
        return new Envelope(submitterId, submitterName, contact, receiverId, receiverName, "ZZ", "ZZ", usageIndicator);
    }

    /**
     * A practice's envelope from its settings: no X12 leaves before an admin set submitter and receiver.
     *
     * @throws RuleViolationException 422 {@code practice-settings-incomplete} until the settings are complete
     */
    public static Envelope of(PracticeSettings settings) {
        if (!settings.readyForX12()) {
            throw new RuleViolationException(RULE_SETTINGS_INCOMPLETE, "practice.settings",
                    "an admin must set the X12 submitter and receiver (PUT /practice/settings) before any X12 leaves");
        }
        PracticeSettings.Contact c = settings.submitterContact();
        return of(settings.submitterId(), settings.submitterName(), new Contact(c.name(), c.phone(), c.email()),
                settings.receiverId(), settings.receiverName(), settings.usageIndicator());
    }

    private static void requireText(String value, String name, int maxLength) {
        if (isBlank(value)) {
            throw new IllegalArgumentException(name + " is required");
        }
        if (value.strip().length() > maxLength) {
            throw new IllegalArgumentException(name + " has at most " + maxLength + " characters");
        }
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
