package org.openbilling.x12;

/**
 * A payer's place in the patient's chain of coverages, as X12 codes it: SBR01 of the 837P (P, S, T) and the
 * "processed as" part of an 835's CLP02 (1/19 primary, 2/20 secondary, 3/21 tertiary).
 */
public enum PayerSequence {
    PRIMARY("P"), SECONDARY("S"), TERTIARY("T");

    private final String code;

    PayerSequence(String code) {
        this.code = code;
    }

    /** SBR01 (payer responsibility sequence number code). */
    public String code() {
        return code;
    }

    /** The place at a 0-based position in the chain (0 primary, 1 secondary, 2 tertiary). */
    public static PayerSequence at(int position) {
        PayerSequence[] all = values();
        if (position < 0 || position >= all.length) {
            throw new IllegalArgumentException("a claim has at most three payers in order; no place " + (position + 1));
        }
        return all[position];
    }

    /** The place read from an 837P's SBR01; null for a code beyond tertiary (A to H) or none. */
    public static PayerSequence ofCode(String sbr01) {
        return switch (sbr01) {
            case "P" -> PRIMARY;
            case "S" -> SECONDARY;
            case "T" -> TERTIARY;
            default -> null;
        };
    }
}
