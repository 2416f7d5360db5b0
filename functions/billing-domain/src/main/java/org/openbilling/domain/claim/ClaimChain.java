package org.openbilling.domain.claim;

import java.util.List;
import java.util.Objects;
import org.openbilling.domain.common.ClaimId;
import org.openbilling.domain.encounter.CoveragePosition;

/**
 * A claim's place in the patient's chain of payers (coordination of benefits): the position of its payer among the
 * visit's coverages, the claim to the payer before it and the one to the payer after it, whether the payer before
 * sent it on itself (a crossover: no 837P from us), and the adjudications of every payer before it in order.
 */
public record ClaimChain(CoveragePosition position, ClaimId previousClaimId, ClaimId nextClaimId, boolean crossover,
                         List<PriorAdjudication> priorPayers) {
    /** A claim to the first payer, with no claim after it yet. */
    public static final ClaimChain FIRST = new ClaimChain(CoveragePosition.PRIMARY, null, null, false, List.of());

    public ClaimChain {
        position = position == null ? CoveragePosition.PRIMARY : position;
        priorPayers = priorPayers == null ? List.of() : List.copyOf(priorPayers);
        if (priorPayers.size() != position.ordinal()) {
            throw new IllegalArgumentException("a claim to the " + position + " payer holds " + position.ordinal()
                    + " prior adjudication(s), not " + priorPayers.size());
        }
    }

    public ClaimChain withNext(ClaimId next) {
        return Objects.equals(next, nextClaimId) ? this
                : new ClaimChain(position, previousClaimId, next, crossover, priorPayers);
    }

    /**
     * What the payers before left for this claim's payer, the most it can owe: what the patient owes after the payer
     * right before, when that payer paid or left the patient a share; after a denial (nothing paid, nothing left to
     * the patient) the charge less what earlier payers paid, as the next payer then decides the claim as if it came
     * first. Null for a primary claim.
     */
    public org.openbilling.domain.common.Money leftByPriors(org.openbilling.domain.common.Money totalCharge) {
        PriorAdjudication last = lastPrior();
        if (last == null) {
            return null;
        }
        if (last.paidAmount().isPositive() || last.remainingPatientLiability().isPositive()) {
            return last.remainingPatientLiability();
        }
        return priorPayers.stream().map(PriorAdjudication::paidAmount).reduce(totalCharge,
                org.openbilling.domain.common.Money::minus);
    }

    /** The adjudication of the payer right before this one; null for a primary claim. */
    public PriorAdjudication lastPrior() {
        return priorPayers.isEmpty() ? null : priorPayers.get(priorPayers.size() - 1);
    }
}
