package org.openbilling.domain.claim;

import java.math.BigDecimal;
import org.openbilling.domain.common.Money;

/**
 * A payer's adjustment (X12 CAS): group code, claim adjustment reason code (with their texts), amount, the line
 * when line-level, and the quantity when the payer gave one.
 */
public record Adjustment(String groupCode, String reasonCode, String description, Money amount, Integer lineNumber,
                         BigDecimal quantity, String groupDescription) {

    /** Patient responsibility (group PR): the patient's share, billed on an invoice. */
    public boolean isPatientShare() {
        return "PR".equals(groupCode);
    }

    /** The same adjustment with the opposite sign: what a reversal books. */
    public Adjustment negated() {
        return new Adjustment(groupCode, reasonCode, "reversed: " + description, amount.negate(), lineNumber,
                quantity == null ? null : quantity.negate(), groupDescription);
    }
}
