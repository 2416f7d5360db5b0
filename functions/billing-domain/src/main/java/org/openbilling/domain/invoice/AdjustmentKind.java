package org.openbilling.domain.invoice;

/** A write-off lowers what the patient owes; a payment reversal (a returned check) backs a payment out. */
public enum AdjustmentKind {
    WRITE_OFF, PAYMENT_REVERSAL
}
