package org.openbilling.contract;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A practice's settings: the X12 submitter and receiver, its time zone (an IANA name) and statement terms. */
@Schema(name = "PracticeSettings")
public record PracticeSettingsAnswer(String practiceId, String submitterId, String submitterName, Contact submitterContact,
                                     String receiverId, String receiverName,
                                     @Schema(enumeration = {"P", "T"}) String usageIndicator,
                                     @Schema(description = "an IANA time zone", example = "America/New_York") String timeZone,
                                     int statementDueDays, long version) {

    /** The person a clearinghouse calls about a rejected batch. */
    @Schema(name = "Contact")
    public record Contact(String name, String phone, String email) {
    }
}
