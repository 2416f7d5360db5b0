package org.openbilling.dynamodb.claim;

import java.time.LocalDate;
import org.openbilling.domain.common.Money;

/** What A/R aging needs of one open claim: its payer, the day its age began, and what the payer still owes. */
public record OpenClaimBalance(String payerId, String payerName, LocalDate ageStart, Money insuranceBalance) {
}
