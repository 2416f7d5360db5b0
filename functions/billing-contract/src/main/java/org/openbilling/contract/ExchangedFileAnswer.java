package org.openbilling.contract;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One file sent to or received from the clearinghouse, as listed: {@code outcome} is the answer its posting gave
 * (the answer of POST /remittances or /acknowledgements, as JSON text), {@code rule} and {@code reason} why it was
 * quarantined.
 */
@Schema(name = "FileView")
public record ExchangedFileAnswer(String id, String direction,
                                  @Schema(enumeration = {"SENT", "RECEIVED", "PROCESSED", "QUARANTINED"}) String status,
                                  String kind, String remoteName, long size, String sha256, String submissionId,
                                  Instant exchangedAt, Instant processedAt, String outcome, String rule, String reason,
                                  long version) {

    /** A page of files: {@code endCursor} continues after the last one. */
    @Schema(name = "FilePage")
    public record Page(List<ExchangedFileAnswer> items, List<String> cursors, boolean hasNextPage, String endCursor) {
    }

    /** A short-lived address that downloads one archived file. */
    @Schema(name = "Download")
    public record Download(String url, Instant expiresAt, String fileName) {
    }
}
