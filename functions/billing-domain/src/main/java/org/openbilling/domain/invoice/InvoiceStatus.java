package org.openbilling.domain.invoice;

/** OPEN (nothing paid) → PARTIALLY_PAID → PAID (nothing left); VOID is final. */
public enum InvoiceStatus {
    OPEN, PARTIALLY_PAID, PAID, VOID;

    /** Still expecting money from the patient: the analysts' outstanding invoices. */
    public boolean isOutstanding() {
        return this == OPEN || this == PARTIALLY_PAID;
    }
}
