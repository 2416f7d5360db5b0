package org.openbilling.domain.practice;

import java.time.ZoneId;
import org.openbilling.domain.common.PracticeId;

/**
 * What a practice must set before any X12 leaves (submitter and receiver), and its own time zone and statement
 * terms. {@code version} 0 means never saved: the defaults below.
 */
public record PracticeSettings(PracticeId practiceId, String submitterId, String submitterName,
                               Contact submitterContact, String receiverId, String receiverName, String usageIndicator,
                               ZoneId timeZone, int statementDueDays, long version) {
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("America/New_York");
    public static final int DEFAULT_STATEMENT_DUE_DAYS = 30;

    /** The person a clearinghouse calls about a rejected batch. */
    public record Contact(String name, String phone, String email) {
    }

    public static PracticeSettings defaults(PracticeId practice) {
        return new PracticeSettings(practice, null, null, null, null, null, "P", DEFAULT_ZONE,
                DEFAULT_STATEMENT_DUE_DAYS, 0);
    }

    /** True once everything an 837P envelope needs is set. */
    public boolean readyForX12() {
        return submitterId != null && submitterName != null && submitterContact != null && receiverId != null
                && receiverName != null;
    }

    public PracticeSettings withVersion(long newVersion) {
        return new PracticeSettings(practiceId, submitterId, submitterName, submitterContact, receiverId, receiverName,
                usageIndicator, timeZone, statementDueDays, newVersion);
    }
}
