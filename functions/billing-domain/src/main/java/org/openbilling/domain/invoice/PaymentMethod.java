package org.openbilling.domain.invoice;

import java.util.EnumSet;
import java.util.Set;

/** How a payment came in; CREDIT is a credit carried from a void invoice of the same service, never sent by clients. */
public enum PaymentMethod {
    CARD, CASH, CHECK, ACH, CREDIT;

    /** The methods a client may record a payment with. */
    public static final Set<PaymentMethod> FROM_CLIENTS = EnumSet.of(CARD, CASH, CHECK, ACH);
}
