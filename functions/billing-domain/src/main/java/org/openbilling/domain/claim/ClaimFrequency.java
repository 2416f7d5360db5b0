package org.openbilling.domain.claim;

import org.openbilling.domain.common.InvalidValueException;

/** The claim frequency type code (CLM05-3): what the payer is to do with the claim. */
public enum ClaimFrequency {
    /** A new claim. */
    ORIGINAL("1"),
    /** Replaces an adjudicated claim, named by the payer's claim control number. */
    REPLACEMENT("7"),
    /** Voids an adjudicated claim, named by the payer's claim control number. */
    VOID("8");

    private final String code;

    ClaimFrequency(String code) {
        this.code = code;
    }

    /** The code written in CLM05-3. */
    public String code() {
        return code;
    }

    /** The frequency of an X12 code ("1", "7", "8"). */
    public static ClaimFrequency ofCode(String code) {
        for (ClaimFrequency f : values()) {
            if (f.code.equals(code)) {
                return f;
            }
        }
        throw new InvalidValueException("claim-frequency", "a claim frequency is 1, 7 or 8");
    }

    /** True for the frequencies that name the payer's claim control number (replacement and void). */
    public boolean namesPayerClaim() {
        return this != ORIGINAL;
    }
}
