package org.openbilling.domain.common;

import java.util.UUID;

/** The opaque id of a submission. */
public record SubmissionId(String value) implements StringValue {
    public SubmissionId {
        value = Ids.check(value, "a submission");
    }

    public static SubmissionId newId() {
        return new SubmissionId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
