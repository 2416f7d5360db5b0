package org.openbilling.claimstatus;

import java.util.ArrayList;
import java.util.List;
import org.openbilling.domain.claim.Adjustment;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.PriorAdjudication;
import org.openbilling.domain.encounter.Parties.Coverage;
import org.openbilling.x12.CoordinatedClaim;
import org.openbilling.x12.PayerCoverage;
import org.openbilling.x12.PayerSequence;
import org.openbilling.x12.PriorPayerAdjudication;
import org.openbilling.x12.Remittance.CasAdjustment;

/** A claim as the 837P writer takes it: with its place in the chain of payers and the adjudications before it. */
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
                c.chain().priorPayers().stream().map(CoordinatedClaims::prior).toList());
    }

    private static PriorPayerAdjudication prior(PriorAdjudication p) {
        return new PriorPayerAdjudication(p.payerClaimControlNumber(), p.adjudicationDate(), p.paidAmount(),
                p.remainingPatientLiability(), cas(p.adjustments()), p.remarkCodes(),
                p.lines().stream().map(l -> new PriorPayerAdjudication.Line(l.lineNumber(), l.procedureCode(),
                        l.modifiers(), l.units(), l.paidAmount(), cas(l.adjustments()), l.remainingPatientLiability()))
                        .toList());
    }

    private static List<CasAdjustment> cas(List<Adjustment> adjustments) {
        // CAS needs a reason code, and no CARC stands for "some patient share": an adjudication without one never
        // reaches a later payer's claim (ManualAdjudication.REASON_REQUIRED, ChainRules.PRIOR_REASON_MISSING)
        return adjustments.stream().map(a -> {
            if (a.reasonCode() == null) {
                throw new IllegalStateException("an earlier payer's adjustment without a reason code");
            }
            return new CasAdjustment(a.groupCode(), a.reasonCode(), a.amount(), a.quantity());
        }).toList();
    }
}
