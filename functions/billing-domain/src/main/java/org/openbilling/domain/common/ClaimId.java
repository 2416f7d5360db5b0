package org.openbilling.domain.common;

import java.util.UUID;

/** The opaque id of a claim. */
public record ClaimId(String value) implements StringValue {
    public ClaimId {
        value = Ids.check(value, "a claim");
    }

    public static ClaimId newId() {
        return new ClaimId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
