package org.openbilling.domain.common;

import java.util.regex.Pattern;

/**
 * A National Provider Identifier: ten digits, first digit 1 or 2, the last a Luhn check digit computed over
 * the prefix 80840 followed by the first nine digits.
 */
public record Npi(String value) implements StringValue {
    /** Compiled once: {@code String.matches} would compile it again for every value. */
    private static final Pattern FORMAT = Pattern.compile("\\d{10}");

    public Npi {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("npi-format", "an NPI is ten digits");
        }
        if (value.charAt(0) != '1' && value.charAt(0) != '2') {
            throw new InvalidValueException("npi-format", "an NPI starts with 1 or 2");
        }
        if (checkDigit(value.substring(0, 9)) != value.charAt(9) - '0') {
            throw new InvalidValueException("npi-check-digit", "the NPI's check digit does not match");
        }
    }

    /** The Luhn check digit for nine NPI digits (with the card-issuer prefix 80840 folded in as the constant 24). */
    public static int checkDigit(String nineDigits) {
        int sum = 24;
        for (int i = 0; i < 9; i++) {
            int d = nineDigits.charAt(8 - i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return (10 - sum % 10) % 10;
    }

    @Override
    public String toString() {
        return value;
    }
}
