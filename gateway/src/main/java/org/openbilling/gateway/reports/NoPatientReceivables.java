package org.openbilling.gateway.reports;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import org.openbilling.domain.common.PracticeId;

/** Until invoices are stored, the patient side of the aging report has nothing to count: every bucket is zero. */
@DefaultBean
@ApplicationScoped
public class NoPatientReceivables implements PatientReceivables {
    @Override
    public void tally(PracticeId practice, LocalDate asOf, AgingTally tally) {
        // no invoice storage yet
    }
}
