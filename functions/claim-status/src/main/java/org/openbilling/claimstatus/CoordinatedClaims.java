package org.openbilling.claimstatus;

import java.util.ArrayList;
import java.util.List;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.encounter.Parties.Coverage;
import org.openbilling.x12.CoordinatedClaim;
import org.openbilling.x12.PayerCoverage;
import org.openbilling.x12.PayerSequence;

/**
 * A claim as the 837P writer takes it: with its place in the chain of payers and the adjudications before it (the
 * domain's {@code PriorAdjudication}s, as the claim holds them).
 */
final class CoordinatedClaims {
    private CoordinatedClaims() {
    }

    static CoordinatedClaim of(Claim c) {
        if (c.chain().priorPayers().isEmpty()) {
            return CoordinatedClaim.primary(c);
        }
        List<PayerCoverage> coverages = new ArrayList<>(3);
        for (Coverage coverage : c.details().coverages()) {
            coverages.add(PayerCoverage.of(coverage));
        }
        return new CoordinatedClaim(c, coverages, PayerSequence.at(c.payerSequence().ordinal()),
                c.chain().priorPayers());
    }
}
