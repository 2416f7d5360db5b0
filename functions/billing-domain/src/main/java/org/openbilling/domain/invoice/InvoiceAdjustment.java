package org.openbilling.domain.invoice;

import java.time.Instant;
import org.openbilling.domain.common.InvoiceId;
import org.openbilling.domain.common.Money;

/** A change of what an invoice asks: a write-off, a payment reversal, or a credit carried to {@code carriedTo}. */
public record InvoiceAdjustment(Money amount, AdjustmentKind kind, String reason, Instant at, String actor,
                                InvoiceId carriedTo) {
    public InvoiceAdjustment(Money amount, AdjustmentKind kind, String reason, Instant at, String actor) {
        this(amount, kind, reason, at, actor, null);
    }
}
