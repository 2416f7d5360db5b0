package org.openbilling.gateway.reports;

import java.time.LocalDate;
import org.openbilling.domain.common.PracticeId;

/**
 * The patient side of A/R aging: outstanding invoices' balances, aged in days from their {@code issuedOn} to
 * {@code asOf}. An implementation reads a sparse outstanding-invoices index, so its cost follows open items only.
 */
public interface PatientReceivables {
    /** Adds every outstanding invoice of the practice issued on or before {@code asOf} to {@code tally}. */
    void tally(PracticeId practice, LocalDate asOf, AgingTally tally);
}
