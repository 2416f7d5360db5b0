package org.openbilling.gateway.reports;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.dynamodb.invoice.InvoiceRepository;

/** Patient A/R from the sparse outstanding-invoices index: each invoice's balance, aged from its issue date. */
@ApplicationScoped
public class InvoicePatientReceivables implements PatientReceivables {
    private final InvoiceRepository invoices;

    public InvoicePatientReceivables(InvoiceRepository invoices) {
        this.invoices = invoices;
    }

    @Override
    public void tally(PracticeId practice, LocalDate asOf, AgingTally tally) {
        try (var balances = invoices.outstandingBalances(practice, asOf)) {
            balances.forEach(b -> tally.add(ChronoUnit.DAYS.between(b.issuedOn(), asOf), b.balance()));
        }
    }
}
