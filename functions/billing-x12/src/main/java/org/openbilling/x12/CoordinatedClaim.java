package org.openbilling.x12;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.PriorAdjudication;
import org.openbilling.domain.encounter.Parties.Coverage;

/**
 * A claim with its place in the patient's chain of payers (coordination of benefits): the coverages in order
 * (primary, secondary, tertiary; at most three), the place of the payer this claim goes to, and the adjudications
 * of every payer before it, in the same order. The 837P puts the destination's coverage in 2000B (SBR01 P, S or T)
 * and every other coverage in a 2320 loop, with its adjudication when it has one.
 */
public record CoordinatedClaim(Claim claim, List<PayerCoverage> coverages, PayerSequence destination,
                               List<PriorAdjudication> priorPayers) {
    public CoordinatedClaim {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(destination, "destination");
        coverages = List.copyOf(coverages);
        priorPayers = List.copyOf(priorPayers);
        if (coverages.isEmpty() || coverages.size() > 3) {
            throw new IllegalArgumentException("claim " + claim.claimNumber() + ": a chain has one to three coverages, not "
                    + coverages.size());
        }
        if (destination.ordinal() >= coverages.size()) {
            throw new IllegalArgumentException("claim " + claim.claimNumber() + " goes to the " + destination
                    + " payer, but the chain has " + coverages.size() + " coverage(s)");
        }
        if (priorPayers.size() != destination.ordinal()) {
            throw new IllegalArgumentException("claim " + claim.claimNumber() + " to the " + destination + " payer needs "
                    + destination.ordinal() + " prior adjudication(s), one per payer before it, not " + priorPayers.size());
        }
        // the fields are not assigned yet in a compact constructor: read the parameter, not coverage()
        String destinationPayer = coverages.get(destination.ordinal()).coverage().payerId();
        if (destination != PayerSequence.PRIMARY && (claim.payer() == null
                || !Objects.equals(claim.payer().payerId(), destinationPayer))) {
            throw new IllegalArgumentException("claim " + claim.claimNumber() + " is to payer "
                    + (claim.payer() == null ? null : claim.payer().payerId()) + ", not to the " + destination
                    + " coverage's payer " + destinationPayer);
        }
    }

    /**
     * A claim to the first payer: the encounter's coverages in payment order, the later ones written as 2320 loops
     * without adjudication.
     */
    public static CoordinatedClaim primary(Claim claim) {
        List<PayerCoverage> chain = new ArrayList<>(3);
        for (Coverage c : claim.details().coverages()) {
            chain.add(PayerCoverage.of(c));
        }
        return new CoordinatedClaim(claim, chain, PayerSequence.PRIMARY, List.of());
    }

    /** The coverage of the payer this claim goes to. */
    public PayerCoverage coverage() {
        return coverages.get(destination.ordinal());
    }
}
