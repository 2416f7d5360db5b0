package org.openbilling.codesets.scrub;

import java.time.LocalDate;
import org.openbilling.domain.encounter.CodingRules;

/** When: the encounter's dates of service, not in the future, in order, not before birth (lines: {@link LineRules}). */
final class DateRules {
    private DateRules() {
    }

    static void check(Review r) {
        if (r.errors.required("serviceDate", r.serviceDate) == null) {
            return;
        }
        CodingRules.serviceDates(r.serviceDate, r.details == null ? null : r.details.serviceDateTo(), r.dateOfBirth, r.today, r.errors);
    }
}
