package org.openbilling.domain.invoice;

public enum PaymentMethod {
    CARD, CASH, CHECK, ACH
}
