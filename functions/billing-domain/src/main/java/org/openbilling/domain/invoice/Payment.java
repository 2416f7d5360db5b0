package org.openbilling.domain.invoice;

import java.time.Instant;
import org.openbilling.domain.common.Money;

/**
 * One payment on an invoice. {@code id} is derived from the request's Idempotency-Key when there is one, so that
 * a retry that finds its payment already on the invoice does not take it twice.
 */
public record Payment(String id, Money amount, PaymentMethod method, String reference, Instant at, String actor) {
}
