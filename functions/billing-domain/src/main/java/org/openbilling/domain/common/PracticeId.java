package org.openbilling.domain.common;

/** The practice a record belongs to; every read and write is scoped by it. */
public record PracticeId(String value) implements StringValue {
    public PracticeId {
        value = Ids.check(value, "a practice");
    }

    @Override
    public String toString() {
        return value;
    }
}
