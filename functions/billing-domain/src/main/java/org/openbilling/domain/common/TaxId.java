package org.openbilling.domain.common;

/** A federal tax id (EIN or SSN) as nine digits; a hyphen after the second digit is accepted and dropped. */
public record TaxId(String value) implements StringValue {
    public TaxId {
        if (value != null) {
            value = value.strip().replace("-", "");
        }
        if (value == null || !value.matches("\\d{9}")) {
            throw new InvalidValueException("tax-id-format", "a tax id is nine digits");
        }
    }
}
