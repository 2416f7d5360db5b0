package org.openbilling.contract;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer of POST /acknowledgements: how many claims the file accepted and rejected, what matched nothing in the
 * practice, and the claim numbers it came too late for ({@code late}: they had moved on, so the verdict changed
 * nothing but, at most, a note in their history). A 277 claim status response ({@code transactionSet} "277")
 * accepts and rejects nothing: its {@code statuses} say what the payer answered on each claim (empty for a 999 or
 * 277CA).
 */
@Schema(name = "AcknowledgementPosting")
public record AcknowledgementAnswer(@Schema(enumeration = {"999", "277CA", "277"}) String transactionSet,
                                    int accepted, int rejected, List<String> unmatched, List<String> late,
                                    List<ClaimStatus> statuses) {

    /**
     * One claim's answer in a 277 as recorded: its status category (STC01-1), the kind of answer, every claim-level
     * status composite, what a finalized claim was paid, whether this post recorded it ({@code false}: an earlier
     * post did) and the work item it calls for, if any.
     */
    @Schema(name = "ClaimStatusResult")
    public record ClaimStatus(String claimId, String claimNumber, String trace, String category,
                              @Schema(enumeration = {"ACKNOWLEDGED", "PENDING", "FINALIZED", "REQUEST_FOR_INFORMATION", "ERROR"})
                              String kind,
                              List<String> statusCodes,
                              @Schema(description = Amounts.MONEY, pattern = Amounts.MONEY_PATTERN, example = "80.00")
                              String paidAmount,
                              boolean recorded, String workItemId) {
    }
}
