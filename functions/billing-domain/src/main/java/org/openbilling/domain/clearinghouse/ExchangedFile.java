package org.openbilling.domain.clearinghouse;

import java.time.Instant;
import org.openbilling.domain.common.PracticeId;

/**
 * One file sent to or received from a practice's clearinghouse, as archived. A received file's id derives from its
 * content (SHA-256), so the same file arriving twice, or again after a crash, is one record and is posted once.
 * {@code outcome} summarizes what posting did (counts, never patient data); {@code rule}/{@code reason} say why a
 * file was quarantined.
 */
public record ExchangedFile(PracticeId practiceId, String id, Direction direction, Status status, String kind,
                            String remoteName, long size, String sha256, String archiveKey, String submissionId,
                            Instant exchangedAt, Instant processedAt, String outcome, String rule, String reason,
                            long version) {
    public enum Direction { SENT, RECEIVED }

    /** SENT: uploaded and renamed; RECEIVED: downloaded and archived, not posted yet; PROCESSED; QUARANTINED. */
    public enum Status { SENT, RECEIVED, PROCESSED, QUARANTINED }

    public ExchangedFile processed(String newOutcome, Instant at) {
        return new ExchangedFile(practiceId, id, direction, Status.PROCESSED, kind, remoteName, size, sha256, archiveKey,
                submissionId, exchangedAt, at, newOutcome, null, null, version);
    }

    public ExchangedFile quarantined(String newKind, String newRule, String newReason, Instant at) {
        return new ExchangedFile(practiceId, id, direction, Status.QUARANTINED, newKind, remoteName, size, sha256,
                archiveKey, submissionId, exchangedAt, at, null, newRule, newReason, version);
    }

    public ExchangedFile withKind(String newKind) {
        return new ExchangedFile(practiceId, id, direction, status, newKind, remoteName, size, sha256, archiveKey,
                submissionId, exchangedAt, processedAt, outcome, rule, reason, version);
    }

    public ExchangedFile withVersion(long newVersion) {
        return new ExchangedFile(practiceId, id, direction, status, kind, remoteName, size, sha256, archiveKey,
                submissionId, exchangedAt, processedAt, outcome, rule, reason, newVersion);
    }
}
