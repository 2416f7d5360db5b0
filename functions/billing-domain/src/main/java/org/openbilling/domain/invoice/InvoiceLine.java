package org.openbilling.domain.invoice;

import java.time.LocalDate;
import org.openbilling.domain.common.Money;

/** What the patient is billed for: a service (its code and date) or the patient's share of a claim line. */
public record InvoiceLine(int lineNumber, String code, LocalDate serviceDate, String description, Money amount) {
}
