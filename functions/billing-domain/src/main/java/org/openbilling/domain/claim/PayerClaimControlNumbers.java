package org.openbilling.domain.claim;

import java.util.regex.Pattern;
import org.openbilling.domain.common.Violations;

/**
 * The payer's claim control number as a client may send it (a correction's replacement, an adjudication entered by
 * hand): 1 to 50 letters, digits or hyphens. One check for every endpoint that takes one.
 */
public final class PayerClaimControlNumbers {
    public static final String RULE = "payer-claim-control-number-format";
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9-]{1,50}");

    private PayerClaimControlNumbers() {
    }

    /** Records a violation against {@code field} unless {@code value} is a well-formed control number. */
    public static void check(Violations v, String field, String value) {
        if (value == null || !FORMAT.matcher(value).matches()) {
            v.add(RULE, field, "a payer claim control number is 1 to 50 letters, digits or hyphens");
        }
    }
}
