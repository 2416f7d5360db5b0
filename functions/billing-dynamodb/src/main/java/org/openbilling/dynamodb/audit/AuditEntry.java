package org.openbilling.dynamodb.audit;

import java.time.Instant;

/** Who did what to which record, when, and how it ended. */
public record AuditEntry(String practiceId, String recordType, String recordId, long version, String action,
                         String actor, String outcome, Instant at) {
}
