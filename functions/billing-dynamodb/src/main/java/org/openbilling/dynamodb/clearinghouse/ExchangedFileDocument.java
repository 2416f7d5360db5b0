package org.openbilling.dynamodb.clearinghouse;

import java.time.Instant;
import org.openbilling.domain.clearinghouse.ExchangedFile;
import org.openbilling.domain.common.PracticeId;

/** The stored document of an exchanged file (schema 1). */
record ExchangedFileDocument(int schema, String practiceId, String id, String direction, String status, String kind,
                             String remoteName, long size, String sha256, String archiveKey, String submissionId,
                             Instant exchangedAt, Instant processedAt, String outcome, String rule, String reason) {
    static final int SCHEMA = 1;

    static ExchangedFileDocument of(ExchangedFile f) {
        return new ExchangedFileDocument(SCHEMA, f.practiceId().value(), f.id(), f.direction().name(), f.status().name(),
                f.kind(), f.remoteName(), f.size(), f.sha256(), f.archiveKey(), f.submissionId(), f.exchangedAt(),
                f.processedAt(), f.outcome(), f.rule(), f.reason());
    }

    ExchangedFile toDomain(long version) {
        return new ExchangedFile(new PracticeId(practiceId), id, ExchangedFile.Direction.valueOf(direction),
                ExchangedFile.Status.valueOf(status), kind, remoteName, size, sha256, archiveKey, submissionId,
                exchangedAt, processedAt, outcome, rule, reason, version);
    }
}
