package org.openbilling.domain.claim;

import org.openbilling.domain.common.InvalidValueException;
import org.openbilling.domain.common.StringValue;

/**
 * The payer's number for a claim (835 CLP07, 277CA REF*1K), which a replacement or void names in REF*F8. As the payer
 * sends it: 1 to 50 characters (X12 AN 1/50), stripped. What a client may type is narrower
 * ({@link PayerClaimControlNumbers#check}).
 */
public record PayerClaimControlNumber(String value) implements StringValue {
    public PayerClaimControlNumber {
        value = value == null ? null : value.strip();
        if (value == null || value.isEmpty() || value.length() > 50) {
            throw new InvalidValueException("payer-claim-control-number-format",
                    "a payer claim control number is 1 to 50 characters");
        }
    }

    /** The number, or null where a payer or client sent none (null or blank). */
    public static PayerClaimControlNumber ofNullable(String value) {
        return value == null || value.isBlank() ? null : new PayerClaimControlNumber(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
