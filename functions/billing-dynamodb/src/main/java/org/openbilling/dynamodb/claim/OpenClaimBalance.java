package org.openbilling.dynamodb.claim;

import java.time.LocalDate;
import org.openbilling.domain.common.Money;
import org.openbilling.domain.encounter.CoveragePosition;

/**
 * What A/R aging needs of one open claim: its payer and the payer's place in the chain, the day its age began, and
 * what the payer still owes.
 */
public record OpenClaimBalance(String payerId, String payerName, CoveragePosition payerSequence, LocalDate ageStart,
                               Money insuranceBalance) {
}
