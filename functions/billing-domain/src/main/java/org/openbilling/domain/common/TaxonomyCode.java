package org.openbilling.domain.common;

/** A Health Care Provider Taxonomy code: ten characters, the last an X. */
public record TaxonomyCode(String value) implements StringValue {
    public TaxonomyCode {
        if (value != null) {
            value = value.strip().toUpperCase(java.util.Locale.ROOT);
        }
        if (value == null || !value.matches("[0-9A-Z]{9}X")) {
            throw new InvalidValueException("taxonomy-format", "a taxonomy code is ten characters ending in X");
        }
    }
}
