package org.openbilling.domain.common;

import java.util.UUID;

/** The opaque id of an invoice. */
public record InvoiceId(String value) implements StringValue {
    public InvoiceId {
        value = Ids.check(value, "an invoice");
    }

    public static InvoiceId newId() {
        return new InvoiceId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
