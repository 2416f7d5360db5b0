package org.openbilling.dynamodb.submission;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.openbilling.domain.common.ClaimId;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.common.SubmissionId;
import org.openbilling.domain.submission.Submission;
import org.openbilling.dynamodb.StorageJson;
import org.openbilling.dynamodb.document.LegacyBodies;

/**
 * The stored document of a batch as sent (schema 2): ids as plain strings. The X12 text is not in it: it is kept
 * gzipped in an attribute of its own. Bodies of schema 1 (the domain record as Jackson wrote it, with {@code "x12":
 * null}) are read by {@link #read}.
 */
record SubmissionDocument(int schema, String id, String practiceId, List<String> claimIds, List<String> voidClaimIds,
                          ControlNumbersDocument controlNumbers, Instant createdAt, String actor) {
    static final int SCHEMA = 2;

    record ControlNumbersDocument(String interchange, String group, List<String> transactions) {
    }

    static SubmissionDocument of(Submission s) {
        Submission.ControlNumbers n = s.controlNumbers();
        return new SubmissionDocument(SCHEMA, s.id().value(), s.practiceId().value(),
                s.claimIds().stream().map(ClaimId::value).toList(), s.voidClaimIds().stream().map(ClaimId::value).toList(),
                new ControlNumbersDocument(n.interchange(), n.group(), n.transactions()), s.createdAt(), s.actor());
    }

    Submission toDomain(String x12) {
        return new Submission(new SubmissionId(id), new PracticeId(practiceId),
                claimIds.stream().map(ClaimId::new).toList(),
                voidClaimIds == null ? List.of() : voidClaimIds.stream().map(ClaimId::new).toList(),
                new Submission.ControlNumbers(controlNumbers.interchange(), controlNumbers.group(),
                        controlNumbers.transactions()), x12, createdAt, actor);
    }

    /** The batch in a stored body of any schema, with its X12 text. */
    static Submission read(String body, String x12) {
        if (LegacyBodies.startsWithSchema(body, SCHEMA)) {
            return StorageJson.read(body, SubmissionDocument.class).toDomain(x12);
        }
        JsonNode tree = StorageJson.readTree(body);
        if (LegacyBodies.isSchema1(tree)) {
            ObjectNode plain = (ObjectNode) LegacyBodies.plain(tree);
            plain.remove("x12");
            plain.put("schema", 1);
            tree = plain;
        }
        return StorageJson.read(tree, SubmissionDocument.class).toDomain(x12);
    }
}
