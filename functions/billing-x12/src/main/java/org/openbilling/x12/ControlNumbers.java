package org.openbilling.x12;

import java.util.List;

/**
 * The control numbers of one 837P batch, chosen by the caller so that a 999 can be matched back to it:
 * ISA13 (interchange), GS06 (group) and ST02 of each transaction set (the writer uses the first).
 */
public record ControlNumbers(int interchange, int group, List<Integer> transactions) {
    private static final int MAX = 999_999_999;

    public ControlNumbers {
        if (interchange < 1 || interchange > MAX) {
            throw new IllegalArgumentException("the interchange control number is 1 to 999999999");
        }
        if (group < 1 || group > MAX) {
            throw new IllegalArgumentException("the group control number is 1 to 999999999");
        }
        if (transactions == null || transactions.isEmpty()) {
            throw new IllegalArgumentException("at least one transaction set control number is required");
        }
        transactions = List.copyOf(transactions);
        for (int t : transactions) {
            if (t < 1 || t > MAX) {
                throw new IllegalArgumentException("a transaction set control number is 1 to 999999999");
            }
        }
    }

    /** One interchange, one group, one transaction set. */
    public static ControlNumbers of(int interchange, int group, int transaction) {
        return new ControlNumbers(interchange, group, List.of(transaction));
    }

    /** ISA13: nine digits, zero-padded. */
    public String isa13() {
        return String.format("%09d", interchange);
    }

    /** GS06 and GE02. */
    public String gs06() {
        return Integer.toString(group);
    }

    /** ST02 and SE02 of the i-th (0-based) transaction set: at least four digits. */
    public String st02(int i) {
        return String.format("%04d", transactions.get(i));
    }
}
