package org.openbilling.domain.claim;

import org.openbilling.domain.common.Money;

/** A payer's adjustment (X12 CAS): group code, claim adjustment reason code, amount, and the line when line-level. */
public record Adjustment(String groupCode, String reasonCode, String description, Money amount, Integer lineNumber) {
}
