package org.openbilling.domain.claim;

/** A remittance advice remark code (RARC) with its text; {@code lineNumber} is set when the payer gave it for a line. */
public record Remark(String code, String description, Integer lineNumber) {
    /** A claim-level remark. */
    public Remark(String code, String description) {
        this(code, description, null);
    }
}
