package org.openbilling.contract;

/** Texts shared by the records' schema annotations. */
public final class Amounts {
    private Amounts() {
    }

    /** Money on the wire: a decimal string, never a JSON number (a double would lose cents). */
    public static final String MONEY = "US dollars as a decimal string with two decimals (negative for a reversal or a credit)";
    public static final String MONEY_PATTERN = "^-?\\d+\\.\\d{2}$";
}
