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
        CodingRules.notInFuture(r.serviceDate, r.today, "serviceDate", r.errors);
        LocalDate to = r.details == null ? null : r.details.serviceDateTo();
        CodingRules.notInFuture(to, r.today, "serviceDateTo", r.errors);
        CodingRules.dateRange(r.serviceDate, to, "serviceDateTo", r.errors);
        CodingRules.notBeforeBirth(r.serviceDate, r.dateOfBirth, "serviceDate", r.errors);
    }
}
