package org.openbilling.domain.common;

import java.util.UUID;

/** The opaque id of an encounter. */
public record EncounterId(String value) implements StringValue {
    public EncounterId {
        value = Ids.check(value, "an encounter");
    }

    public static EncounterId newId() {
        return new EncounterId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
