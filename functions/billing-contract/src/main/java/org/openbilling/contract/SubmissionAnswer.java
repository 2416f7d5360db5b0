package org.openbilling.contract;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One 837P batch as sent: the claims asked for, the voids that went along (frequency 8), the control numbers a 999
 * quotes back, and the X12 text.
 */
@Schema(name = "Submission")
public record SubmissionAnswer(@Schema(required = true) String id, String practiceId, List<String> claimIds, List<String> voidClaimIds,
                               ControlNumbers controlNumbers, String x12, Instant createdAt, String actor) {

    @Schema(name = "ControlNumbers")
    public record ControlNumbers(String interchange, String group, List<String> transactions) {
    }
}
