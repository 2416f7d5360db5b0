package org.openbilling.gateway.types;

import java.time.LocalDate;
import java.time.ZoneId;
import org.openbilling.contract.ClaimAnswer;
import org.openbilling.domain.claim.AgeBasis;

/** How a claim's {@code ageDays} is counted in one answer: from what, to which day, in the practice's zone. */
public record ClaimAge(AgeBasis basis, LocalDate today, ZoneId zone) {
    /** Ages by date of service, the default everywhere but where a list is asked by another basis. */
    public static ClaimAge byServiceDate(LocalDate today, ZoneId zone) {
        return new ClaimAge(AgeBasis.DATE_OF_SERVICE, today, zone);
    }

    /** The count {@link AgeBasis#ageDays} gives on the domain claim, from its answer. */
    int days(ClaimAnswer c) {
        LocalDate start = basis.start(c.serviceDate(), c.submittedAt() != null ? c.submittedAt() : c.createdAt(), zone);
        return (int) Math.min(Integer.MAX_VALUE, AgeBasis.days(start, today));
    }
}
