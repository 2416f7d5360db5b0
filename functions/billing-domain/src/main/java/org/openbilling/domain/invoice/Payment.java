package org.openbilling.domain.invoice;

import java.time.Instant;
import org.openbilling.domain.common.Money;

public record Payment(Money amount, PaymentMethod method, String reference, Instant at, String actor) {
}
