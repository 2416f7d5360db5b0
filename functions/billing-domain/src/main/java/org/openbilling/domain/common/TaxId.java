package org.openbilling.domain.common;

import java.util.regex.Pattern;

/** A federal tax id (EIN or SSN) as nine digits; a hyphen after the second digit is accepted and dropped. */
public record TaxId(String value) implements StringValue {
    /** Compiled once: {@code String.matches} would compile it again for every value. */
    private static final Pattern FORMAT = Pattern.compile("\\d{9}");

    public TaxId {
        if (value != null) {
            value = value.strip().replace("-", "");
        }
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("tax-id-format", "a tax id is nine digits");
        }
    }
}
