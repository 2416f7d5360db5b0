package org.openbilling.dynamodb.submission;

import java.time.Instant;
import org.openbilling.domain.clearinghouse.SubmissionUpload;
import org.openbilling.dynamodb.StorageJson;

/**
 * How far a batch's upload got (the item's {@code upload} attribute, schema 2). Schema 1, the domain record as
 * Jackson wrote it, had the same three fields and no {@code schema}: both read here.
 */
record UploadDocument(int schema, String state, String remoteName, Instant at) {
    static final int SCHEMA = 2;

    static String write(SubmissionUpload u) {
        return StorageJson.write(new UploadDocument(SCHEMA, u.state().name(), u.remoteName(), u.at()));
    }

    static SubmissionUpload read(String stored) {
        UploadDocument d = StorageJson.read(stored, UploadDocument.class);
        return new SubmissionUpload(SubmissionUpload.State.valueOf(d.state), d.remoteName, d.at);
    }
}
