package org.openbilling.domain.common;

import java.util.regex.Pattern;

/** A Health Care Provider Taxonomy code: ten characters, the last an X. */
public record TaxonomyCode(String value) implements StringValue {
    /** Compiled once: {@code String.matches} would compile it again for every value. */
    private static final Pattern FORMAT = Pattern.compile("[0-9A-Z]{9}X");

    public TaxonomyCode {
        if (value != null) {
            value = value.strip().toUpperCase(java.util.Locale.ROOT);
        }
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("taxonomy-format", "a taxonomy code is ten characters ending in X");
        }
    }
}
