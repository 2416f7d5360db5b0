package org.openbilling.dynamodb.claim;

import java.time.Instant;
import org.openbilling.domain.common.Money;

/** What A/R aging needs of one open claim: its payer, when its age began, and what the payer still owes. */
public record OpenClaimBalance(String payerId, String payerName, Instant ageFrom, Money insuranceBalance) {
}
