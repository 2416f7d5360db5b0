package org.openbilling.domain.invoice;

import java.time.Instant;
import org.openbilling.domain.common.Money;

public record InvoiceAdjustment(Money amount, AdjustmentKind kind, String reason, Instant at, String actor) {
}
