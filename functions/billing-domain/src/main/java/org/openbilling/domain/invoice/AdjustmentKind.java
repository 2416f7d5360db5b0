package org.openbilling.domain.invoice;

/**
 * A write-off lowers what the patient owes; a payment reversal (a returned check) backs a payment out; a credit
 * carried moves a void invoice's payments to the invoice that bills the patient's share now; moved to the next payer
 * records, on an invoice voided because a later coverage was added, the share that payer is billed first (the last
 * two never sent by clients).
 */
public enum AdjustmentKind {
    WRITE_OFF, PAYMENT_REVERSAL, CREDIT_CARRIED, MOVED_TO_NEXT_PAYER
}
