package org.openbilling.domain.common;

import java.util.regex.Pattern;
import java.util.Locale;

/** The practice's own number for a claim (CLM01): at most 20 characters that are safe in any X12 delimiter set. */
public record ClaimNumber(String value) implements StringValue {
    /** Compiled once: {@code String.matches} would compile it again for every value. */
    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9]{1,20}");

    public ClaimNumber {
        if (value != null) {
            value = value.strip().toUpperCase(Locale.ROOT);
        }
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("claim-number-format", "a claim number is 1 to 20 letters and digits");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
