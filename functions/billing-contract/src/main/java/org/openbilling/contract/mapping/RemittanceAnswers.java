package org.openbilling.contract.mapping;

import org.openbilling.contract.RemittanceAnswer;
import org.openbilling.domain.remittance.PostedRemittance;

/** The one place where a remittance's posting totals ({@link PostedRemittance.Totals}) become the public answer. */
public final class RemittanceAnswers {
    private RemittanceAnswers() {
    }

    /** {@code alreadyPosted}: this post posted nothing new (the totals are those of earlier posts of the file). */
    public static RemittanceAnswer of(PostedRemittance.Totals t, boolean alreadyPosted) {
        return new RemittanceAnswer(t.claimsPaid(), t.claimsPartiallyPaid(), t.claimsDenied(), t.claimsReversed(),
                t.invoicesCreated(), t.unmatched(), alreadyPosted,
                Wire.each(t.notPosted(), n -> new RemittanceAnswer.NotPosted(n.claimNumber(), n.rule(), n.message(),
                        n.position())),
                Wire.each(t.invoicesVoided(), v -> new RemittanceAnswer.VoidedInvoice(v.invoiceId(), v.claimNumber(),
                        Wire.money(v.credit()))),
                Wire.each(t.warnings(), w -> new RemittanceAnswer.Warning(w.traceNumber(), w.rule(), w.message())));
    }
}
